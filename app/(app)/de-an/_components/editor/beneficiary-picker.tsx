"use client";
// Pick a cơ sở CNNT by tax code or name (with its earlier support), or type a new one, which the
// đề án save creates (facility-form.tsx).
import { ActionButton } from "@/components/ui/action-button";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useAction } from "@/components/forms/use-action";
import { searchFacilitiesAction } from "../../actions";
import { FacilityForm } from "./facility-form";
import { Section, inputClass } from "./fields";
import { emptyFacility, errorsUnder, type CheckView, type EditorOptions, type NewFacility, type Picked } from "./types";

type Hit = { id: string; taxCode: string; name: string; province: string; history: string[] };

export function BeneficiaryPicker({ picked, onChange, fresh, onFreshChange, provinces, group, disabled, errors, eligibility }: {
  picked: Picked[]; onChange: (picked: Picked[]) => void; fresh: NewFacility[]; onFreshChange: (fresh: NewFacility[]) => void;
  provinces: EditorOptions["provinces"]; group: boolean; disabled: boolean; errors: Record<string, string>; eligibility: CheckView["beneficiaries"];
}) {
  const t = useTranslations("editor");
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[] | null>(null);
  const error = errors.beneficiaries ?? errors.newFacilities;
  const { pending, message, run } = useAction(searchFacilitiesAction, { refresh: false });
  const add = (f: Picked) => onChange(picked.some((p) => p.id === f.id) ? picked : [...picked, f]);

  const search = () => run({ q: query }, { success: (found) => (found.length ? null : t("noMatch")), onSuccess: setHits });

  return (
    <Section title={t("beneficiaries")} hint={group ? t("groupHint") : undefined}>
      {error ? <p role="alert" className="mb-2 text-sm text-red-700">{error}</p> : null}
      <ul className="mb-3 space-y-1" data-testid="picked-facilities">
        {picked.map((f) => {
          const check = eligibility.find((e) => e.facilityId === f.id);
          return (
            <li key={f.id} className="flex items-center gap-2 text-sm">
              <span className="font-medium">{f.name}</span>
              <span className="text-slate-500">MST {f.taxCode}</span>
              {check ? <span className={check.eligible ? "text-emerald-700" : "text-red-700"}>{check.eligible ? t("eligible") : t("notEligible")}</span> : null}
              {disabled ? null : <ActionButton type="button" className="text-xs text-red-700 hover:underline" onClick={() => onChange(picked.filter((p) => p.id !== f.id))}>{t("remove")}</ActionButton>}
            </li>
          );
        })}
      </ul>
      {disabled ? null : (
        <>
          <div className="flex flex-wrap gap-2">
            <input aria-label={t("search")} placeholder={t("search")} className={`${inputClass()} w-72`} value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), search())} />
            <ActionButton type="button" className="rounded border px-3 py-1 text-sm hover:bg-slate-100" disabled={pending} onClick={search}>{t("searchButton")}</ActionButton>
            <ActionButton type="button" className="rounded border px-3 py-1 text-sm hover:bg-slate-100" onClick={() => onFreshChange([...fresh, emptyFacility(crypto.randomUUID(), provinces[0]?.id ?? "")])}>+ {t("createFacility")}</ActionButton>
          </div>
          {message ? <p className="mt-2 text-sm text-slate-600">{message.text}</p> : null}
          {hits && hits.length ? (
            <ul className="mt-2 divide-y rounded border" data-testid="facility-hits">
              {hits.map((h) => (
                <li key={h.id} className="flex items-start justify-between gap-2 p-2 text-sm">
                  <div>
                    <div className="font-medium">{h.name} <span className="font-normal text-slate-500">MST {h.taxCode} · {h.province}</span></div>
                    <div className="text-xs text-slate-600">{h.history.length ? `${t("history")}: ${h.history.join("; ")}` : t("noHistory")}</div>
                  </div>
                  <ActionButton type="button" className="rounded bg-blue-700 px-2 py-1 text-xs text-white" disabled={picked.some((p) => p.id === h.id)} onClick={() => add(h)}>
                    {picked.some((p) => p.id === h.id) ? t("picked") : t("pick")}
                  </ActionButton>
                </li>
              ))}
            </ul>
          ) : null}
          {fresh.map((f, i) => (
            <FacilityForm key={f.key} value={f} provinces={provinces} errors={errorsUnder(errors, `newFacilities.${i}.`)}
              onChange={(patch) => onFreshChange(fresh.map((g, j) => (j === i ? { ...g, ...patch } : g)))} onRemove={() => onFreshChange(fresh.filter((_, j) => j !== i))} />
          ))}
        </>
      )}
    </Section>
  );
}
