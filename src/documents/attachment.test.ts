import { describe, expect, it } from 'vitest';
import { attachmentFormat, fileExtension, formatFileSize } from './attachment.ts';

const NBSP = '\u00a0';

describe('formatFileSize', () => {
  it('writes sizes the Norwegian way, with a decimal comma and SI units', () => {
    expect(formatFileSize(12_345)).toBe(`12,3${NBSP}kB`);
    expect(formatFileSize(1_000)).toBe(`1${NBSP}kB`);
    expect(formatFileSize(1_050)).toBe(`1,1${NBSP}kB`);
    expect(formatFileSize(2_500_000)).toBe(`2,5${NBSP}MB`);
    expect(formatFileSize(3_000_000_000)).toBe(`3${NBSP}GB`);
  });

  it('counts small files in bytes', () => {
    expect(formatFileSize(0)).toBe(`0${NBSP}byte`);
    expect(formatFileSize(512)).toBe(`512${NBSP}byte`);
    expect(formatFileSize(999)).toBe(`999${NBSP}byte`);
  });

  it('drops the decimal from 100 of a unit up', () => {
    expect(formatFileSize(123_456)).toBe(`123${NBSP}kB`);
    expect(formatFileSize(99_940)).toBe(`99,9${NBSP}kB`);
  });

  it('moves to the next unit when rounding reaches 1000', () => {
    expect(formatFileSize(999_600)).toBe(`1${NBSP}MB`);
    expect(formatFileSize(999_400)).toBe(`999${NBSP}kB`);
  });

  it('refuses what is not a byte count', () => {
    expect(() => formatFileSize(-1)).toThrow(RangeError);
    expect(() => formatFileSize(1.5)).toThrow(RangeError);
    expect(() => formatFileSize(Number.NaN)).toThrow(RangeError);
  });
});

describe('attachmentFormat', () => {
  it('names common formats from the extension, whatever its case', () => {
    expect(attachmentFormat('avtale.pdf')).toBe('PDF');
    expect(attachmentFormat('Budsjett.CSV')).toBe('CSV');
    expect(attachmentFormat('vedlegg/kostnader.xlsx')).toBe('Excel (XLSX)');
    expect(attachmentFormat('notat.docx')).toBe('Word (DOCX)');
  });

  it('falls back to the extension in capitals, or «Fil» without one', () => {
    expect(attachmentFormat('data.parquet')).toBe('PARQUET');
    expect(attachmentFormat('LESMEG')).toBe('Fil');
    expect(attachmentFormat('.skjult')).toBe('Fil');
  });
});

describe('fileExtension', () => {
  it('takes the last extension of the file name, not of a folder', () => {
    expect(fileExtension('arkiv.tar.gz')).toBe('gz');
    expect(fileExtension('v1.2/notat')).toBe('');
  });
});
