"""`--where` values bound into a query as RDF terms, never as text.

User values reach a query only as RDF terms (`--where name=…`) that Oxigraph's serialiser writes (and that
are parsed back as a check), in a `FILTER (sameTerm(?col, TERM))` and, where that cannot change the answer,
a `VALUES` that opens the WHERE group (with_bindings); the same query text for every source. The rest of
this module reads just enough of the query's structure (groups, OPTIONALs) to place them.
"""
from __future__ import annotations

import re

from .errors import QueryError

# columns whose values are Vietnamese text in the graph (@vi), or dates
LANGUAGE_COLUMNS = {"name", "position", "organization", "title", "label", "measure", "parent", "sentence",
                    "author"}
DATE_COLUMNS = {"date"}
VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def parse_where(items: list[str]) -> dict[str, object]:
    """'name=Nguyễn Văn A' -> {'name': Literal('Nguyễn Văn A'@vi)}; an http(s) value is an IRI."""
    import pyoxigraph as ox

    out: dict[str, object] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not VARIABLE.match(key):
            raise QueryError(f"--where takes COLUMN=VALUE (a column name, then '='), not {item!r}")
        value = value.strip()
        try:
            (key + value).encode("utf-8")
        except UnicodeEncodeError:
            raise QueryError(f"--where {key.encode('utf-8', 'replace').decode()}=…: the value is not valid UTF-8 "
                             f"text") from None
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if re.match(r"^https?://\S+$", value):
            try:
                out[key] = ox.NamedNode(value)
            except ValueError as exc:
                raise QueryError(f"--where {key}=…: not a valid IRI ({exc})") from None
        elif key in DATE_COLUMNS and re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            out[key] = ox.Literal(value, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date"))
        elif key in LANGUAGE_COLUMNS:
            out[key] = ox.Literal(value, language="vi")
        else:
            out[key] = ox.Literal(value)
    return out


def term_text(key: str, term) -> str:
    """An RDF term as SPARQL text, written by Oxigraph's own serialiser (quotes, backslashes and line
    breaks escaped) and parsed back as a check, so a value can never end the term it sits in."""
    import pyoxigraph as ox

    if not VARIABLE.match(key):
        raise QueryError(f"not a column name: {key!r}")
    if not isinstance(term, (ox.NamedNode, ox.Literal)):
        raise QueryError(f"--where {key}: only IRIs and literals can be bound")
    text = str(term)
    check = list(ox.parse(input=f"<urn:x:s> <urn:x:p> {text} .".encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    if len(check) != 1 or check[0].object != term:
        raise QueryError(f"--where {key}: the value cannot be written as one RDF term")
    return text


def with_bindings(query: str, where: dict[str, object]) -> str:
    """The query with each bound column held to its value, in three steps that keep the answer the same:

    1. `FILTER (sameTerm(?col, TERM))` as the last element of the outer WHERE group, which a group's
       filters apply to as a whole: exactly the rows whose column holds that term are kept, and a row
       that leaves the column empty is not (a VALUES clause alone would join with it and fill it in).
    2. A plain OPTIONAL that alone binds the column becomes required (promote_optionals): the rows
       without it were filtered out anyway.
    3. A column that every row has from a required pattern, and that no OPTIONAL or MINUS of the outer
       group mentions before such a pattern binds it, is also given by a `VALUES ?col { TERM }` that
       opens the group, so the engine starts from the value's index entries instead of filtering every
       row.

    Every TERM is written by term_text(); no value is ever pasted into the query as text."""
    if not where:
        return query
    terms = {key: term_text(key, term) for key, term in where.items()}
    query = promote_optionals(query, list(where))
    close = _outer_group_end(query)
    tests = " && ".join(f"sameTerm(?{key}, {text})" for key, text in terms.items())
    query = f"{query[:close]}  FILTER ({tests})\n{query[close:]}"
    required = required_variables(query)
    early = [key for key in terms if key in required and _bound_before_optionals(query, key)]
    if early:
        opener = _outer_group_start(query)
        values = "".join(f" VALUES ?{key} {{ {terms[key]} }}" for key in early)
        query = f"{query[:opener + 1]}{values}\n{query[opener + 1:]}"
    return query


def _structure(query: str):
    """(index, char, brace depth before it, parenthesis depth before it) for each character of the query
    outside strings, IRIs and comments."""
    depth = parens = 0
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            newline = query.find("\n", i)
            i = n if newline == -1 else newline
            continue
        if c in "\"'":
            long = query[i:i + 3] == c * 3
            quote = c * 3 if long else c
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            if j >= n:
                raise QueryError("the query has a string that is never closed")
            i = j + len(quote)
            continue
        if c == "<":
            m = re.match(r"<[^<>\"{}|^`\\\s]*>", query[i:])
            if m:
                i += m.end()
                continue
        yield i, c, depth, parens
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == "(":
            parens += 1
        elif c == ")":
            parens -= 1
        i += 1


def _outer_group_start(query: str) -> int:
    for i, c, depth, _ in _structure(query):
        if c == "{" and depth == 0:
            return i
    raise QueryError("the query has no WHERE group to bind --where values in")


def _bound_before_optionals(query: str, key: str) -> bool:
    """Whether every OPTIONAL or MINUS of the outer group that mentions ?key comes after a triple pattern
    of the group that binds it (so a VALUES for it at the start of the group changes no OPTIONAL)."""
    tokens = list(_structure(query))
    opener = next((t for t in tokens if t[1] == "{" and t[2] == 0), None)
    if opener is None:
        return False
    bound = False
    for part in _group_parts(query, tokens, tokens.index(opener)):
        if part[0] == "var":
            bound = bound or part[1] == key
        elif part[1] in ("OPTIONAL", "MINUS") and not bound:
            if key in _variables(query[tokens[part[2]][0]:tokens[part[3]][0]]):
                return False
    return True


def _outer_group_end(query: str) -> int:
    """Index of the `}` that closes the query's outer WHERE group (its first top-level group)."""
    opened = False
    for i, c, depth, _ in _structure(query):
        if c == "{" and depth == 0:
            opened = True
        elif c == "}" and depth == 1 and opened:
            return i
    raise QueryError("the query has no WHERE group to bind --where values in")


def required_variables(query: str) -> set[str]:
    """Variables that every row of the query's outer WHERE group has from a triple pattern: those of
    its own triple patterns, of plain nested groups, and of every branch of a UNION; not those only
    in OPTIONAL, MINUS, GRAPH, SERVICE, FILTER, BIND, VALUES or a subquery. Conservative: a variable
    it cannot be sure of is left out (and is then held to its value by the FILTER alone)."""
    tokens = list(_structure(query))
    opener = next((t for t in tokens if t[1] == "{" and t[2] == 0), None)
    if opener is None:
        return set()
    return _required(query, tokens, tokens.index(opener))


def _group_parts(query: str, tokens: list, at: int):
    """The top level of the group opened by tokens[at]: ('var', name, index) and ('group', keyword,
    first token, last token) for each nested group, with the keyword written before it."""
    _, _, depth, parens = tokens[at]
    k, last = at + 1, tokens[at][0]
    while k < len(tokens):
        i, c, d, p = tokens[k]
        if c == "}" and d == depth + 1:
            return
        if c == "{" and d == depth + 1:
            end = next(j for j in range(k + 1, len(tokens)) if tokens[j][1] == "}" and tokens[j][2] == depth + 2)
            before = query[last:i]
            m = re.search(r"(OPTIONAL|MINUS|UNION|EXISTS|GRAPH\s+\S+|SERVICE\s+(?:SILENT\s+)?\S+|VALUES[^{]*)\s*$",
                          before, re.IGNORECASE)
            keyword = "FILTER" if p != parens else (m.group(1).split()[0].upper() if m else "")
            yield "group", keyword, k, end
            last, k = tokens[end][0] + 1, end + 1
            continue
        if c in "?$" and d == depth + 1 and p == parens:
            m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", query[i + 1:])
            if m and not re.search(r"\bVALUES\s*$", query[last:i], re.IGNORECASE):
                yield "var", m.group(0), i
        k += 1


def _required(query: str, tokens: list, at: int) -> set[str]:
    found: set[str] = set()
    union: list[set[str]] = []  # the branches of the UNION chain being read
    parts = list(_group_parts(query, tokens, at))
    for n, part in enumerate(parts):
        if part[0] == "var":
            found.add(part[1])
            continue
        _, keyword, first, _ = part
        if keyword in ("", "UNION"):
            branch = _required(query, tokens, first) if not _is_subquery(query, tokens, first) else set()
            following = parts[n + 1] if n + 1 < len(parts) else None
            union.append(branch)
            if not (following and following[0] == "group" and following[1] == "UNION"):
                found |= set.intersection(*union)
                union = []
    return found


def _is_subquery(query: str, tokens: list, at: int) -> bool:
    return re.match(r"\{\s*SELECT\b", query[tokens[at][0]:], re.IGNORECASE) is not None


def promote_optionals(query: str, keys) -> str:
    """For each column that only an OPTIONAL of the outer group binds, and that the FILTER of
    with_bindings then requires, make that OPTIONAL required: rows without it would be filtered out
    anyway, so the answer is the same. Only a plain OPTIONAL (triple patterns, no FILTER or nested
    group) whose column appears nowhere else in the group is changed. Its patterns move to the front
    of the group (where the engine can start from the bound value) when no OPTIONAL or MINUS before it
    shares a variable with them that the patterns before that block do not already bind; otherwise
    they stay where the block was."""
    tokens = list(_structure(query))
    opener = next((t for t in tokens if t[1] == "{" and t[2] == 0), None)
    if opener is None:
        return query
    at = tokens.index(opener)
    parts = list(_group_parts(query, tokens, at))
    close = next(tokens[j][0] for j in range(at + 1, len(tokens)) if tokens[j][1] == "}" and tokens[j][2] == 1)
    edits: dict[int, tuple[int, bool]] = {}  # start of the word OPTIONAL -> (end of block, move to front)
    for key in keys:
        uses = [m.start() for m in re.finditer(rf"[?$]{key}\b", query[tokens[at][0]:close])]
        uses = [tokens[at][0] + u for u in uses]
        blocks = [(n, first, end) for n, (kind, keyword, *rest) in enumerate(parts)
                  if kind == "group" and keyword == "OPTIONAL" for first, end in [rest]]
        holding = [(n, f, e) for n, f, e in blocks if any(tokens[f][0] < u < tokens[e][0] for u in uses)]
        if len(holding) != 1 or not all(tokens[holding[0][1]][0] < u < tokens[holding[0][2]][0] for u in uses):
            continue  # bound by no OPTIONAL, by several, or used outside the OPTIONAL too
        n, f, e = holding[0]
        inside = query[tokens[f][0] + 1:tokens[e][0]]
        if any(t[1] in "{}" for t in tokens[f + 1:e]) or re.search(
                r"\b(FILTER|BIND|VALUES|OPTIONAL|MINUS|UNION|GRAPH|SERVICE|SELECT)\b", inside, re.IGNORECASE):
            continue
        word = re.search(r"OPTIONAL\s*$", query[:tokens[f][0]], re.IGNORECASE)
        if word:
            edits[word.start()] = (tokens[e][0] + 1, _may_lead(query, tokens, parts[:n], _variables(inside)))
    front: list[str] = []
    for begin in sorted(edits, reverse=True):
        stop, lead_it = edits[begin]
        inner = query[query.index("{", begin) + 1:stop - 1].strip().rstrip(".").strip()
        if lead_it:
            front.append(inner)
            query = query[:begin] + query[stop:]
            continue
        lead = "" if re.search(r"[.{})]\s*$", query[:begin]) else ". "
        tail = "" if re.match(r"\s*[.}]", query[stop:]) else " ."
        query = f"{query[:begin]}{lead}{inner}{tail}{query[stop:]}"
    if front:
        opener_at = _outer_group_start(query)
        query = f"{query[:opener_at + 1]}\n  {' . '.join(reversed(front))} .{query[opener_at + 1:]}"
    return query


def _variables(text: str) -> set[str]:
    return set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", text))


def _may_lead(query: str, tokens: list, before: list, variables: set[str]) -> bool:
    """Whether required patterns with these variables can move ahead of the parts `before` them."""
    bound: set[str] = set()
    for part in before:
        if part[0] == "var":
            bound.add(part[1])
        elif part[1] in ("OPTIONAL", "MINUS"):
            shared = _variables(query[tokens[part[2]][0]:tokens[part[3]][0]]) & variables
            if not shared <= bound:
                return False
        elif part[1] not in ("", "UNION", "FILTER"):
            return False
    return True


def query_code(query: str) -> str:
    """The query with its strings, IRIs and comments blanked out (same length), for keyword checks."""
    code = [" "] * len(query)
    for i, c, _, _ in _structure(query):
        code[i] = c
    return "".join(code)
