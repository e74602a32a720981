// Formula injection (conventions.md 15) has one home: libs/platform/src/excel/celtekst.util.ts.
export { veiligeCeltekst, herstelCeltekst } from '#keten/platform';
