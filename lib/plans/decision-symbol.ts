// The ký hiệu suggested for a Cục decision follows the Cục's name in force (its dated
// OrganisationName, e.g. "Cục ĐMST, CĐX và KC" since Nghị định 40/2025/NĐ-CP), not a fixed
// "QĐ-KTĐP": the lead abbreviation of the short name, after "Cục". Only a suggestion; the
// officer types the symbol printed on the signed decision (decision 038).
export function symbolFromShortName(shortName: string | null | undefined): string | null {
  const lead = (shortName ?? "").replace(/^Cục\s+/u, "").split(/[,;]| và /u)[0]?.trim() ?? "";
  return /^[\p{Lu}Đ&-]{2,12}$/u.test(lead) ? `QĐ-${lead}` : null;
}
