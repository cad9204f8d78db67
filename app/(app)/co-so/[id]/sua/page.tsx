import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "@/app/(app)/or-not-found";
import { provincesInScope } from "@/lib/admin-units/load";
import { requireActor } from "@/lib/auth/session";
import { vietnamToday } from "@/lib/calendar";
import { getFacility } from "@/lib/facilities/detail";
import { FacilityEditForm } from "../../_components/facility-edit-form";

export default async function EditFacilityPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const f = await orNotFound(getFacility(actor, (await params).id));
  // Readers who may not edit get the same 404 as a facility outside their geography.
  if (!f.canEdit) notFound();
  const t = await getTranslations("facilities");
  const inForce = await provincesInScope(actor, vietnamToday());
  // A facility recorded on a province since merged keeps it as a choice (unchanged, it is not re-checked).
  const provinces = inForce.some((p) => p.id === f.province.id) ? inForce : [f.province, ...inForce];
  return (
    <div>
      <PageHeader title={t("editTitle", { name: f.name })} />
      <FacilityEditForm
        id={f.id}
        version={f.version}
        provinces={provinces.map((p) => ({ id: p.id, name: p.name }))}
        kept={f.commune ? { id: f.commune.id, name: f.commune.name } : null}
        initial={{
          taxCode: f.taxCode, name: f.name, kind: f.kind, size: f.size, industry: f.industry, provinceId: f.province.id, communeId: f.commune?.id ?? "",
          addressLine: f.addressLine, inCraftVillage: f.inCraftVillage, craftVillageName: f.craftVillageName ?? "", womenOwned: f.womenOwned,
          ownerName: f.owner?.name ?? "", ownerPhone: f.owner?.phone ?? "",
        }}
      />
    </div>
  );
}
