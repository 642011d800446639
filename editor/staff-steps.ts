/**
 * Steps in the browser editor as staff take them, shared by the editor's
 * browser test and the script that makes the staff guide's screenshots, so
 * the guide shows exactly what the test proves.
 */
import type { Page } from 'playwright-core';

/** Saves the open form the way staff do: «Lagre», then «Lagre nå». */
export async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lagre', exact: true }).click();
  await page.getByText('Lagre nå', { exact: true }).click();
}

/**
 * Opens Røros in the editor at `address`, adds a status event «I drift»
 * dated 2026-11-30 without a source, and saves: the check then refuses it.
 */
export async function addEventWithoutSource(page: Page, address: string): Promise<void> {
  await page.goto(`${address}#/collections/kommuner/entries/roros`);
  await page.reload();
  await page.getByLabel('Kommunenummer', { exact: true }).waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'Legg til hendelse' }).click();
  await page.getByLabel('Dato', { exact: true }).last().fill('2026-11-30');
  await page.getByLabel('Status', { exact: true }).last().click();
  await page.getByRole('option', { name: 'I drift (i-drift)' }).click();
  await save(page);
}
