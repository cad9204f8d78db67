// Reference data: geography, organisations, catalogues and norms. Always seeded (demo or not).
import type { Ref } from "../context";
import type { Seeder } from "../sync";
import { seedAdvanceRules } from "./advance-rules";
import { seedImplementationDeadlines } from "./implementation-deadlines";
import { seedCatalogues } from "./catalogues";
import { seedCommunes } from "./communes";
import { seedCouncilQuorum } from "./council-quorum";
import { readNewProvinces, readOldProvinces } from "./csv";
import { seedGeography } from "./geography";
import { seedNorms } from "./norms";
import { seedOrganisations } from "./organisations";

export async function seedReference(s: Seeder): Promise<Ref> {
  const old = readOldProvinces();
  const fresh = readNewProvinces();
  if (old.length !== 63 || fresh.length !== 34) throw new Error(`seed: expected 63 and 34 provinces, read ${old.length} and ${fresh.length}`);
  const geo = await seedGeography(s, old, fresh);
  const communes = await seedCommunes(s, geo.provinceId, { old: old.map((p) => p.code), new: fresh.map((p) => p.code) });
  const orgs = await seedOrganisations(s, old, fresh, geo);
  const catalogues = await seedCatalogues(s);
  const normId = await seedNorms(s, { ...catalogues, provinceId: geo.provinceId });
  await seedAdvanceRules(s);
  await seedImplementationDeadlines(s);
  await seedCouncilQuorum(s);
  return {
    old,
    new: fresh,
    provinceId: geo.provinceId,
    zoneId: (code) => {
      const id = geo.zones.get(code);
      if (!id) throw new Error(`seed: no zone ${code}`);
      return id;
    },
    orgId: (code) => {
      const id = orgs.get(code);
      if (!id) throw new Error(`seed: no organisation ${code}`);
      return id;
    },
    fundingId: catalogues.fundingId,
    categoryId: catalogues.categoryId,
    normId,
    communes,
  };
}
