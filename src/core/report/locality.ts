/** The reporting locality and agency names, read from the info sheet's agency fields (form §6). */
import { tidy } from "../text";
import { capitalize, upper } from "./phrases";

export interface Locality {
  /** "thành phố", "huyện", "thị xã", "quận", "tỉnh"; null when only a place name is known. */
  type: string | null;
  /** "Ngã Bảy". */
  name: string;
}

const LOCALITY = /(?:^|\s)(thành phố|tp\.|huyện|thị xã|quận|tỉnh)\s*(\S.*)$/iu;
const PEOPLES_COMMITTEE = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd)(?=\s|$)/iu;

function titleCase(name: string): string {
  if (name !== upper(name)) return name;
  return name
    .toLocaleLowerCase("vi")
    .split(" ")
    .map((w) => capitalize(w))
    .join(" ");
}

function localityIn(text: string | null): Locality | null {
  if (!text) return null;
  const m = LOCALITY.exec(tidy(text));
  if (!m) return null;
  const type = m[1].toLocaleLowerCase("vi");
  return { type: type === "tp." ? "thành phố" : type, name: titleCase(m[2]) };
}

/** From the agency ("Ủy ban nhân dân thành phố Ngã Bảy"), else the parent agency, else the place name. */
export function localityOf(agency: string | null, parentAgency: string | null, place: string | null): Locality | null {
  const found = localityIn(agency) ?? localityIn(parentAgency);
  if (found) return found;
  return place ? { type: null, name: tidy(place) } : null;
}

/** "thành phố Ngã Bảy". */
export function localityText(l: Locality): string {
  return l.type ? `${l.type} ${l.name}` : l.name;
}

/**
 * The agency for the header, in capitals, split before the locality like the sample
 * ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ NGÃ BẢY"); "UBND" is written in full, as the issuing agency's name must be.
 */
export function agencyHeaderLines(agency: string): string[] {
  const text = tidy(agency).replace(PEOPLES_COMMITTEE, "Ủy ban nhân dân");
  const m = LOCALITY.exec(text);
  const lead = m ? text.slice(0, m.index).trim() : "";
  if (!m || lead === "") return [upper(text)];
  return [upper(lead), upper(text.slice(m.index).trim())];
}

/** The agency in running text, as the sample writes it: "UBND thành phố Ngã Bảy". */
export function agencyShortName(agency: string): string {
  return tidy(agency).replace(PEOPLES_COMMITTEE, "UBND");
}
