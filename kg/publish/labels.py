"""Vietnamese and English names for the context's terms and classes, and for a few coded values."""
from __future__ import annotations

TERMS: dict[str, tuple[str, str]] = {
    "name": ("Tên", "Name"), "label": ("Nhãn", "Label"), "prefLabel": ("Tên đầy đủ", "Full name"),
    "altLabel": ("Tên khác", "Other names"), "headline": ("Tiêu đề", "Headline"),
    "titleAsWritten": ("Chức danh như bài viết", "Title as written"), "topic": ("Nội dung", "Topic"),
    "dateText": ("Ngày như bài viết", "Date as written"), "measure": ("Đại lượng", "Measure"),
    "statedOn": ("Ngày được nêu", "Stated on"), "startDate": ("Ngày", "Date"),
    "datePublished": ("Ngày đăng", "Published"), "dateModified": ("Ngày sửa", "Modified"), "value": ("Giá trị", "Value"), "status": ("Tình trạng", "Status"),
    "bodyType": ("Loại cơ quan", "Body type"), "partOfDay": ("Buổi", "Part of day"), "unit": ("Đơn vị", "Unit"),
    "period": ("Thời kỳ", "Period"), "change": ("Thay đổi", "Change"), "identifier": ("Mã", "Identifier"),
    "inLanguage": ("Ngôn ngữ", "Language"), "sourceName": ("Nguồn như bài ghi", "Source as named"),
    "source": ("Nguồn", "Source"),
    "member": ("Người", "Person"), "organization": ("Cơ quan", "Body"), "role": ("Vai trò", "Role"),
    "post": ("Chức vụ", "Post"), "postIn": ("Thuộc cơ quan", "In body"),
    "subOrganizationOf": ("Trực thuộc", "Part of"), "containedInPlace": ("Thuộc", "Lies in"),
    "author": ("Tác giả", "Author"), "publisher": ("Nơi đăng", "Publisher"), "url": ("Trang web", "Web site"),
    "dataSet": ("Bộ số liệu", "Data set"), "subject": ("Đối tượng", "Subject"), "before": ("Số liệu trước", "Before"),
    "after": ("Số liệu sau", "After"), "article": ("Bài báo", "Article"), "holds": ("Chức vụ đang giữ", "Posts held"),
    "areaServed": ("Địa bàn", "Area served"), "chair": ("Chủ trì", "Chair"), "attendee": ("Tham dự", "Attendees"),
    "participatingBody": ("Cơ quan tham gia", "Participating bodies"),
    "mergedUnit": ("Đơn vị được nhập", "Merged units"), "mentionedIn": ("Câu nguồn", "Source sentences"),
    "mentions": ("Nêu tên", "Mentions"), "about": ("Nói về", "About"),
    "wasDerivedFrom": ("Rút ra từ bài", "Drawn from"), "holdings": ("Chức vụ", "Posts"),
    "chaired": ("Đã chủ trì", "Chaired"), "attended": ("Đã tham dự", "Attended"),
    "subBodies": ("Cơ quan trực thuộc", "Sub-bodies"), "posts": ("Các chức vụ", "Posts in this body"),
    "memberships": ("Người giữ chức vụ", "Office holders"), "heldBy": ("Người giữ", "Held by"),
    "postHoldings": ("Các lần được nêu", "Holdings stated"), "participatedIn": ("Sự kiện", "Events"),
    "containsPlace": ("Gồm", "Contains"), "mergedIn": ("Sáp nhập", "Merger"),
    "servedBy": ("Cơ quan phụ trách", "Bodies serving it"), "figures": ("Số liệu", "Figures"),
    "observations": ("Số liệu", "Figures"), "sentences": ("Các câu của bài", "The article's sentences"),
    "states": ("Dữ kiện", "Facts"), "subjectOf": ("Bài báo nói về", "Articles about it"),
    "published": ("Bài đã đăng", "Articles published"), "heldWithRole": ("Dùng ở", "Used by"),
    "authored": ("Bài đã viết", "Articles written"), "mentionedBy": ("Được nêu trong bài", "Mentioned by"),
    "sentence": ("Câu", "Sentence"), "start": ("Ký tự đầu", "Start"), "end": ("Ký tự cuối", "End"),
    # persons across articles and terms (kg/people, kg/extract/terms.py), and the career/holders columns
    "sameAs": ("Cùng là", "Same as"), "namesake": ("Người trùng tên", "Namesake"), "term": ("Nhiệm kỳ", "Term"),
    "termOrdinal": ("Khóa", "Term number"), "termStart": ("Năm đầu nhiệm kỳ", "Term start"),
    "termEnd": ("Năm cuối nhiệm kỳ", "Term end"), "termOf": ("Nhiệm kỳ của", "Term of"),
    "position": ("Chức danh", "Position"), "first_stated": ("Nêu lần đầu", "First stated"),
    "last_stated": ("Nêu lần cuối", "Last stated"), "date": ("Ngày được nêu", "Stated on"),
    "basis": ("Căn cứ", "Basis"), "first_article": ("Bài nêu lần đầu", "First article"),
    "last_article": ("Bài nêu lần cuối", "Last article"), "statements": ("Số lần được nêu", "Statements"), "person": ("Người", "Person"),
}

CLASSES: dict[str, tuple[str, str]] = {
    "Person": ("Người", "Person"), "NewsArticle": ("Bài báo", "News article"), "Event": ("Sự kiện", "Event"),
    "Place": ("Địa danh", "Place"), "Organization": ("Cơ quan", "Body"), "Post": ("Chức vụ", "Post"),
    "Role": ("Vai trò", "Role"), "PostHolding": ("Việc giữ chức vụ", "Post holding"),
    "Meeting": ("Cuộc họp, buổi làm việc", "Meeting"), "Conference": ("Hội nghị", "Conference"),
    "Congress": ("Đại hội", "Congress"), "Inspection": ("Kiểm tra, giám sát", "Inspection"),
    "Visit": ("Chuyến thăm", "Visit"), "Merger": ("Sáp nhập", "Merger"), "OtherEvent": ("Sự kiện khác", "Other event"),
    "AdministrativeUnit": ("Đơn vị hành chính", "Administrative unit"), "City": ("Thành phố", "City"),
    "Province": ("Tỉnh", "Province"), "District": ("Quận, huyện", "District"), "Ward": ("Phường", "Ward"),
    "Commune": ("Xã", "Commune"), "Town": ("Thị xã, thị trấn", "Town"),
    "ResidentialGroup": ("Tổ dân phố", "Residential group"), "Mention": ("Câu nguồn", "Source sentence"),
    "Observation": ("Số liệu", "Figure"), "DataSet": ("Bộ số liệu", "Figures"),
    "Publisher": ("Nơi đăng", "Publisher"), "Term": ("Nhiệm kỳ", "Term"),
    "PersonResolution": ("Nhận diện người qua các bài", "Persons across articles"),
}
# the most specific class first: a page says 'Phường · Ward', not 'Địa danh · Place'
CLASS_ORDER = ("Ward", "Commune", "Town", "District", "City", "Province", "ResidentialGroup", "Meeting", "Conference",
               "Congress", "Inspection", "Visit", "Merger", "OtherEvent", "NewsArticle", "Person", "PostHolding",
               "Post", "Role", "Organization", "Observation", "DataSet", "Publisher", "Event", "Place",
               "AdministrativeUnit", "Mention")

VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "status": {"current": ("đang giữ", "current"), "new": ("mới được bầu, bổ nhiệm", "newly elected or appointed"),
               "former": ("nguyên", "former")},
    "partOfDay": {"morning": ("sáng", "morning"), "noon": ("trưa", "noon"), "afternoon": ("chiều", "afternoon"),
                  "evening": ("tối", "evening"), "night": ("đêm", "night")},
    "change": {"increase": ("tăng", "increase"), "decrease": ("giảm", "decrease")},
    "unit": {"percent": ("phần trăm", "percent")},
}


def term(key: str) -> tuple[str, str]:
    return TERMS.get(key, (key, key))


def main_class(types) -> str | None:
    names = [types] if isinstance(types, str) else list(types or [])
    for name in CLASS_ORDER:
        if name in names:
            return name
    return names[0] if names else None
