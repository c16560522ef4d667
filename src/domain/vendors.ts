/** The six providers of the vendor table, in the order of its columns (kept apart from the schema, so screens need no validator). */
export const VENDORS = ['aws', 'azure', 'google', 'alibaba', 'huawei', 'tencent'] as const;

export type Vendor = (typeof VENDORS)[number];

export function isVendor(value: string): value is Vendor {
  return (VENDORS as readonly string[]).includes(value);
}
