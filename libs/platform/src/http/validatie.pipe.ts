import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FoutCode, KetenFout, VeldFout } from '../errors/keten-fout.exception.js';

/** Flattens class-validator errors into `{ veld: 'a.b[0].c', reden }` so a caller sees exactly which field is wrong. */
export function veldFouten(fouten: ValidationError[], prefix = ''): VeldFout[] {
  const uit: VeldFout[] = [];
  for (const fout of fouten) {
    const pad = /^\d+$/.test(fout.property)
      ? `${prefix}[${fout.property}]`
      : prefix
        ? `${prefix}.${fout.property}`
        : fout.property;
    for (const reden of Object.values(fout.constraints ?? {})) uit.push({ veld: pad, reden });
    if (fout.children?.length) uit.push(...veldFouten(fout.children, pad));
  }
  return uit;
}

export function maakValidatiePipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (fouten) => new KetenFout(FoutCode.Validatie, 'de invoer klopt niet', veldFouten(fouten)),
  });
}
