"use client";
// The commune (xã, phường) of a facility: the communes of the chosen province in force today,
// loaded when the province changes. A commune already recorded stays choosable as it was, even if
// the reorganisation has since replaced it (records keep the unit as entered).
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { listCommunesAction } from "../actions";

type Option = { id: string; name: string };

export function CommuneSelect({ provinceId, value, onChange, className, kept, id }: {
  provinceId: string; value: string; onChange: (communeId: string) => void; className: string; kept?: Option | null; id?: string;
}) {
  const t = useTranslations("facilities");
  const [options, setOptions] = useState<{ provinceId: string; rows: Option[] } | null>(null);
  useEffect(() => {
    if (!provinceId) return;
    let live = true;
    void listCommunesAction({ provinceId }).then((r) => { if (live) setOptions({ provinceId, rows: r.ok ? r.data : [] }); });
    return () => { live = false; };
  }, [provinceId]);
  const loading = provinceId !== "" && options?.provinceId !== provinceId;
  const rows = options?.provinceId === provinceId ? options.rows : [];
  const extra = kept && !rows.some((o) => o.id === kept.id) ? [{ id: kept.id, name: t("communeKept", { name: kept.name }) }] : [];
  return (
    <select id={id} name="communeId" className={className} value={value} disabled={loading} onChange={(e) => onChange(e.target.value)} data-testid="commune-select">
      <option value="">{loading ? t("communeLoading") : t("communeNone")}</option>
      {[...extra, ...rows].map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
    </select>
  );
}
