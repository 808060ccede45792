/** new-api's QuotaPerUnit: raw quota ÷ 500,000 is what the relay's own site shows. */
export const QUOTA_PER_UNIT = 500_000

export const formatQuotaUnits = (raw: number) =>
  (raw / QUOTA_PER_UNIT).toLocaleString(undefined, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })
