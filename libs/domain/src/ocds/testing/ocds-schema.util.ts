// Test support only: an ajv validator for OCDS 1.1.5 release packages, from the project's copy of the schemas in
// ../schema (README there: source and version): the core release schema with the lots and techniques extensions merged in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const OCDS_MAP = path.resolve(process.cwd(), 'libs/domain/src/ocds/schema');
type Json = Record<string, unknown>;

function lees(bestand: string): Json {
  return JSON.parse(readFileSync(path.join(OCDS_MAP, bestand), 'utf8')) as Json;
}

// RFC 7386 JSON Merge Patch: how an OCDS extension's release-schema.json applies to the core schema.
function mergePatch(doel: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const uit: Json = doel && typeof doel === 'object' && !Array.isArray(doel) ? { ...(doel as Json) } : {};
  for (const [k, v] of Object.entries(patch as Json)) {
    if (v === null) delete uit[k];
    else uit[k] = mergePatch(uit[k], v);
  }
  return uit;
}

// The schemas are draft-04 ("id"); Ajv 8 reads them once "id" becomes "$id" and "$schema" is dropped.
function alsAjvSchema(schema: Json): Json {
  const { id, $schema: _schema, ...rest } = schema;
  return { $id: id, ...rest };
}

export function ocdsValideerder(): ValidateFunction {
  const kern = lees('release-schema.json');
  const release = [
    lees('extensions/lots/release-schema.json'),
    lees('extensions/techniques/release-schema.json'),
  ].reduce((s, ext) => mergePatch(s, ext) as Json, kern);
  const definities = release.definitions as Json;
  // The lots extension refers to SubmissionTerms from the submissionTerms extension, which is not in the
  // reference set; Keten never emits it, so the dangling reference gets an open object.
  definities.SubmissionTerms ??= { type: 'object' };
  const ajv = new Ajv({ strict: false, validateSchema: false, allErrors: true });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addSchema(alsAjvSchema(release));
  return ajv.compile(alsAjvSchema(lees('release-package-schema.json')));
}
