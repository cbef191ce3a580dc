// The CCO of Procore's documented ERP event, in our model: the REST fixtures describe the same CCO,
// so the expectations of both adapters start from these fields.
export const referenceHead = {
  id: '3',
  number: '45',
  title: 'Change order 1',
  description: 'This is a description',
  status: 'approved',
  contractCompany: { id: '47', name: '90 Minute Courier', erpVendorId: '800000CD-1389650341' },
} as const;

/** The reference line's cost code and cost type. */
export const referenceCoding = {
  costCode: { code: '01-000', erpId: '800003DD-1600977189|800005FA-1477351439' },
  category: { code: 'O', erpId: 'std_cat_9_origin_id' },
} as const;
