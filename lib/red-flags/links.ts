// Where a flag's records are shown: the one place the red-flag rules build hrefs.
export const projectHref = (id: string) => `/de-an/${id}`;
export const ledgerHref = (contractId: string) => `/hop-dong/${contractId}/so-cai`;
/** No facility page exists yet: the facility list searched by its tax code (mã số thuế). */
export const facilityHref = (taxCode: string) => `/co-so?q=${encodeURIComponent(taxCode)}`;
/** The periodic reports of a province, year and period (the list on branch `periodic`, /bao-cao-dinh-ky). */
export const periodicReportHref = (provinceId: string, year: number, period: string) => `/bao-cao-dinh-ky?provinceId=${provinceId}&year=${year}&period=${period}`;
export const allocationHref = (year: number, sourceCode: string) => `/du-toan?year=${year}&source=${sourceCode}`;
