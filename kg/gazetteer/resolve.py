"""Resolving a place mention (a name, with its type word and context) to the units it may denote."""
from __future__ import annotations

import datetime as _dt
from dataclasses import replace
from typing import Iterable

from .model import (AMBIGUOUS, ERA_2025, KINDS, LEGACY, PROVINCE_LEVEL, REFORM_DATE, RESOLVED, UNKNOWN, WARD_LEVEL,
                    AdminUnit, Resolution, era_for)
from .normalize import TYPE_LABEL, ascii_key, canon, is_plain_ascii, split_type_word
from .reference import _Era

# Which (kind, level_label) pairs a leading type word is compatible with;
# ``None`` as label means any label of that kind.
_TYPE_COMPAT: dict[str, tuple[tuple[str, str | None], ...]] = {
    "TP": (("city", None), ("district", "Thành phố")),
    "TX": (("district", "Thị xã"),),
    "Q": (("district", "Quận"),),
    "H": (("district", "Huyện"),),
    "T": (("province", None),),
    "P": (("ward", None),),
    "X": (("commune", None),),
    "TT": (("town", None),),
    "DK": (("special_zone", None),),
}



class MentionResolution:
    """The resolving half of :class:`Gazetteer` (which supplies the units, eras and successions)."""

    # -- resolution --------------------------------------------------------
    def resolve(
        self,
        name: str,
        kind: str | Iterable[str] | None = None,
        *,
        province: str | AdminUnit | None = None,
        district: str | AdminUnit | None = None,
        on: _dt.date | None = None,
    ) -> Resolution:
        """Resolve a place mention to a unit of the era in force on ``on``.

        ``name`` may carry a type word ("phường Cầu Đất", "TP Hải Phòng",
        "Q.1").  ``kind`` restricts the kind ("province" also admits
        centrally-run cities).  ``province``/``district`` give the article's
        context (names or codes); a province context is a hard limit for
        districts and wards, a district context a preference.  Province-level
        units are never limited by the context.
        """
        era = era_for(on)
        mention = name
        notes: list[str] = []
        if not isinstance(name, str) or not name.strip():
            return Resolution(str(name), None, (), UNKNOWN, "empty mention")
        kinds = _kinds(kind)
        prov_ctx, dist_ctx = self._context(era, province, district, notes)
        typ, rest = split_type_word(name)
        allowed = _allowed(kinds, typ)
        if not allowed:
            return Resolution(
                mention, None, (), UNKNOWN,
                f"type word {TYPE_LABEL[typ]!r} contradicts requested kind {sorted(kinds)}",
            )
        if era == ERA_2025 and allowed <= {"district"}:
            legacy = self.resolve(name, kind, province=province, district=district, on=None)
            hint = f"; in the legacy era: {legacy.status}" + (f" {legacy.unit}" if legacy.unit else "")
            return Resolution(
                mention, None, (), UNKNOWN,
                f"districts were abolished on {REFORM_DATE}; no district-level unit exists in the 2025 era{hint}",
            )
        res = self._resolve(era, mention, typ, rest, allowed, prov_ctx, dist_ctx, notes)
        if era == ERA_2025 and res.status == UNKNOWN:
            # Articles after the reform still name abolished units; say what
            # the name meant before and where its ground went.
            old = self.resolve(name, kind, province=province, district=district, on=None)
            if old.unit is not None:
                went = ", ".join(f"{u.full_name} [{u.code}] ({share})" for u, share in self.successors(old.unit))
                res = replace(
                    res,
                    reason=f"{res.reason}; before {REFORM_DATE} it was {self._describe(old.unit)}, "
                    f"whose ground went to {went or 'no recorded 2025 unit'}",
                )
        return res

    def _resolve(self, era_name, mention, typ, rest, allowed, prov_ctx, dist_ctx, notes) -> Resolution:
        era = self._data.eras[era_name]
        direct = self._direct(era, mention, typ, rest, allowed)
        aliases = self._alias_hosts(era, typ, rest, allowed) - direct
        # An alias that is just the host's own name with a former type word
        # ("xã Đông Cao" for today's Phường Đông Cao) denotes the host itself;
        # it only counts where no unit carries the mention's exact name.
        plain = is_plain_ascii(rest)
        former_type = {
            c
            for c in aliases
            if (ascii_key(era.units[c].name) == ascii_key(rest) if plain else canon(era.units[c].name) == canon(rest))
        }
        aliases -= former_type

        top = sorted((era.units[c] for c in direct if era.units[c].kind in PROVINCE_LEVEL), key=_order)
        sub = [era.units[c] for c in direct if era.units[c].kind not in PROVINCE_LEVEL]
        upgraded = [era.units[c] for c in former_type]
        hosts = [era.units[c] for c in aliases]

        in_prov = (lambda u: era.province_of[u.code] == prov_ctx.code) if prov_ctx else (lambda u: True)
        levels = []
        if dist_ctx is not None:
            levels.append((f"district {dist_ctx.full_name}", lambda u: self.contains(dist_ctx, u)))
        levels.append((f"province {prov_ctx.full_name}" if prov_ctx else "the whole country", in_prov))
        scope, d_hits, a_hits = levels[-1][0], [], []
        for label, pred in levels:
            d_hits = [u for u in sub if pred(u)]
            f_hits = [u for u in upgraded if pred(u)]
            a_hits = [u for u in hosts if pred(u)]
            if d_hits or f_hits or a_hits:
                scope = label
                if not d_hits and f_hits:
                    d_hits = f_hits
                    notes.append(
                        f"{mention!r} names a former type of " + ", ".join(u.full_name for u in f_hits)
                    )
                break
        outside = tuple(sorted((u for u in sub if not in_prov(u)), key=_order)) if prov_ctx else ()
        if outside:
            notes.append(
                f"{len(outside)} same-named unit(s) outside the context province rejected: "
                + ", ".join(self._describe(u) for u in outside[:5])
            )
        cands = tuple(sorted(set(top) | set(d_hits), key=_order))
        former = tuple(sorted(a_hits, key=_order))
        former_txt = ", ".join(self._describe(u) for u in former)
        note_txt = ("; " + "; ".join(notes)) if notes else ""
        if len(cands) == 1 and not former:
            unit = cands[0]
            return Resolution(
                mention, unit, cands, RESOLVED,
                f"single {era_name} match in {scope}: {self._describe(unit)}{note_txt}",
                (), outside,
            )
        if cands:
            if former:
                why = (
                    f"{len(cands)} unit(s) named {rest!r} in {scope} and the name is also recorded as a "
                    f"former/alternative name of {former_txt}"
                )
            else:
                why = f"{len(cands)} units match in {scope}: " + ", ".join(self._describe(u) for u in cands)
            return Resolution(mention, None, cands, AMBIGUOUS, why + note_txt, former, outside)
        if former:
            return Resolution(
                mention, None, (), UNKNOWN,
                f"{rest!r} is not a unit of its own in the {era_name} data; the dataset lists it as a "
                f"former/alternative name (merged unit, earlier type or variant spelling) of {former_txt}"
                + note_txt,
                former, outside,
            )
        why = f"no {era_name} unit named {rest!r}"
        if allowed != frozenset(KINDS):
            why += f" of kind {'/'.join(sorted(allowed))}"
        why += f" in {scope}"
        if era_name == LEGACY:
            why += " (the legacy table is the state just before 2025-07-01; units merged earlier survive only as aliases)"
        return Resolution(mention, None, (), UNKNOWN, why + note_txt, (), outside)

    def _direct(self, era: _Era, mention: str, typ: str | None, rest: str, allowed: frozenset) -> set[str]:
        """Units whose name (or full name) is the mention.

        Diacritic-insensitive matching is only a fallback for mentions
        written entirely without diacritics that match nothing exactly
        ("Hai Phong"); "Sa Pa" does not match "Sa Pả".
        """
        keys_full = {canon(mention), canon(rest)}
        if typ:
            keys_full.add(canon(f"{TYPE_LABEL[typ]} {rest}"))
        hits = {c for c in era.by_name.get(canon(rest), ()) if _compatible(era.units[c], typ)}
        if typ:  # names that begin with a type word: "Phường Đúc" (Huế) is a ward's name
            hits |= era.by_name.get(canon(mention), set())
        for k in keys_full:
            hits |= era.by_full.get(k, set())
        hits = {c for c in hits if era.units[c].kind in allowed}
        if not hits and is_plain_ascii(rest):
            akey = ascii_key(rest)
            hits = {c for c in era.by_ascii_name.get(akey, ()) if _compatible(era.units[c], typ)}
            hits |= era.by_ascii_full.get(akey, set())
            if typ:
                hits |= era.by_ascii_full.get(ascii_key(f"{TYPE_LABEL[typ]} {rest}"), set())
            hits = {c for c in hits if era.units[c].kind in allowed}
        return hits

    def _alias_hosts(self, era: _Era, typ: str | None, rest: str, allowed: frozenset) -> set[str]:
        """Units whose record lists the mention among its aliases.

        For a typed mention ("xã X") a host whose aliases give X with a
        *different* type word ("thitranX") is not a match.
        """
        short = ascii_key(rest)
        hosts = set(era.by_alias.get(short, ()))
        if typ:
            typed = ascii_key(TYPE_LABEL[typ]) + short
            hosts |= era.by_alias.get(typed, set())
            others = {ascii_key(label) + short for code, label in TYPE_LABEL.items() if code != typ}
            hosts = {
                c
                for c in hosts
                if typed in era.aliases_of.get(c, ()) or not (others & era.aliases_of.get(c, set()))
            }
            level = _level(typ)  # a typed mention names a unit of that level
            hosts = {c for c in hosts if _level_of(era.units[c]) == level}
        levels = {_level_of_kind(k) for k in allowed}
        return {c for c in hosts if _level_of(era.units[c]) in levels}

    def _context(self, era: str, province, district, notes: list[str]):
        """Resolve the article context to units of ``era``."""
        prov = dist = None
        if province is not None and province != "":
            prov = self._context_unit(era, province, PROVINCE_LEVEL, None, notes, "province")
        if district is not None and district != "":
            if era == ERA_2025:
                notes.append(f"district context {district!r} ignored: no districts in the 2025 era")
                if prov is None:
                    legacy_d = self._context_unit(LEGACY, district, frozenset({"district"}), None, [], "district")
                    if legacy_d is not None:
                        prov = self._to_era(self.province_of(legacy_d), era)
            else:
                dist = self._context_unit(era, district, frozenset({"district"}), prov, notes, "district")
                if dist is not None:
                    dprov = self.province_of(dist)
                    if prov is None:
                        prov = dprov
                    elif dprov != prov:
                        notes.append(f"district context {dist.full_name} is not in {prov.full_name}; ignored")
                        dist = None
        return prov, dist

    def _context_unit(self, era, value, kinds, within, notes, what) -> AdminUnit | None:
        if isinstance(value, AdminUnit):
            unit = self._to_era(value, era)
            if unit is None or unit.kind not in kinds:
                notes.append(f"{what} context {value} has no {era} counterpart; ignored")
                return None
            return unit
        text = str(value).strip()
        if text.isdigit():
            unit = self.unit(text, era)
            if unit is None and era == ERA_2025:
                unit = self._to_era(self.unit(text, LEGACY), era)
            if unit is None or unit.kind not in kinds:
                notes.append(f"{what} context code {text!r} is not a {what} of the {era} era; ignored")
                return None
            return unit
        _, rest = split_type_word(text)
        res = self._resolve(era, text, None, rest, kinds, within, None, [])
        if res.status == RESOLVED:
            return res.unit
        if era == ERA_2025:  # a pre-2025 province name in a post-reform article
            old = self._resolve(LEGACY, text, None, rest, kinds, None, None, [])
            if old.status == RESOLVED and old.unit.kind in PROVINCE_LEVEL:
                unit = self._to_era(old.unit, era)
                notes.append(f"province context {text!r} mapped to its 2025 successor {unit.full_name}")
                return unit
        notes.append(f"{what} context {text!r} not understood ({res.status}); ignored")
        return None

    def _to_era(self, unit: AdminUnit | None, era: str) -> AdminUnit | None:
        if unit is None or unit.era == era:
            return unit
        if unit.era == LEGACY and unit.kind in PROVINCE_LEVEL:
            succ = self.successions(unit)
            return succ[0].unit if succ else None
        return None

    def _describe(self, unit: AdminUnit) -> str:
        chain = ", ".join(p.full_name for p in self.parents(unit))
        return f"{unit.full_name} [{unit.code}]" + (f" ({chain})" if chain else "")


def _order(unit: AdminUnit):
    return (unit.code, unit.era)


def _kinds(kind) -> frozenset[str]:
    if kind is None:
        return frozenset(KINDS)
    values = {kind} if isinstance(kind, str) else set(kind)
    if "province" in values:
        values.add("city")
    bad = values - set(KINDS)
    if bad:
        raise ValueError(f"unknown kind(s) {sorted(bad)}; expected some of {KINDS}")
    return frozenset(values)


def _allowed(kinds: frozenset[str], typ: str | None) -> frozenset[str]:
    if typ is None:
        return kinds
    return kinds & {k for k, _ in _TYPE_COMPAT[typ]}


def _compatible(unit: AdminUnit, typ: str | None) -> bool:
    if typ is None:
        return True
    return any(unit.kind == k and (label is None or unit.level_label == label) for k, label in _TYPE_COMPAT[typ])


def _level_of_kind(kind: str) -> str:
    if kind in WARD_LEVEL:
        return "ward"
    if kind == "district":
        return "district"
    return "province"


def _level_of(unit: AdminUnit) -> str:
    return _level_of_kind(unit.kind)


def _level(typ: str) -> str:
    return _level_of_kind(_TYPE_COMPAT[typ][-1][0])
