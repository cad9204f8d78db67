// Where a flag's records are shown: the one place the red-flag rules build hrefs.
export const projectHref = (id: string) => `/de-an/${id}`;
export const ledgerHref = (contractId: string) => `/hop-dong/${contractId}/so-cai`;
/** No facility page exists yet: the facility list searched by its tax code (mã số thuế). */
export const facilityHref = (taxCode: string) => `/co-so?q=${encodeURIComponent(taxCode)}`;
/** The periodic reports of a province and year (the page is built on branch `periodic`). */
export const periodicReportHref = (provinceId: string, year: number, id: string) => `/bao-cao/dinh-ky?tinh=${provinceId}&nam=${year}#bc-${id}`;
export const allocationHref = (year: number, sourceCode: string) => `/du-toan?year=${year}&source=${sourceCode}`;
