// CS002: a BSN is 9 digits and passes the elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11.
// 000000000 passes the arithmetic but is not a real BSN, so it is refused.
export function isGeldigBsn(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn) || bsn === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * (bsn.charCodeAt(i) - 48);
  som -= bsn.charCodeAt(8) - 48;
  return som % 11 === 0;
}
