/** WJ001 Retourcode (LDT_RetourCode): the 59 codes of the 3.2 basisschema, identical in iWmo and iJw. */
export const RETOURCODES = [
  '0001', '0200', '0233', '0611', '8001', '8017', '8021', '8187', '8214', '8848',
  '9019', '9056', '9063', '9069', '9071', '9074', '9307', '9308', '9319', '9321',
  '9322', '9326', '9332', '9333', '9338', '9339', '9340', '9341', '9346', '9347',
  '9349', '9350', '9351', '9355', '9357', '9359', '9360', '9361', '9365', '9366',
  '9367', '9369', '9373', '9374', '9375', '9379', '9384', '9385', '9387', '9388',
  '9389', '9390', '9411', '9412', '9413', '9414', '9415', 'S300', 'S329',
] as const;

export type Retourcode = (typeof RETOURCODES)[number];

export function isRetourcode(code: string): code is Retourcode {
  return (RETOURCODES as readonly string[]).includes(code);
}
