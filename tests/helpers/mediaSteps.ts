import type { Page } from 'playwright-core'

/** Called after each step with its name, e.g. to take a screenshot (`media-<step>-<en|fr>`). */
export type StepHook = (step: 'drawer' | 'chosen' | 'saved') => Promise<void>

/**
 * On a cluster's edit view that is already open (as the secretariat, in either language): uploads
 * `filePath` as a new media file with `alt` as its alternative text, from the Logo field's
 * "Create new" drawer (after taking out the logo already chosen, if any), and leaves it chosen. The cluster itself is not saved, so a
 * journey can change other fields first and save or submit once.
 */
export async function uploadClusterLogo(
  page: Page,
  filePath: string,
  alt: string,
  onStep: StepHook = async () => undefined,
): Promise<void> {
  const field = page.locator('#field-logo')
  const create = field.locator('.upload__createNewToggler')
  const remove = field.locator('.upload-relationship-details__remove')
  await create.or(remove).first().waitFor()
  // A logo already there is taken out of the field (the file itself stays in the library).
  if (await remove.isVisible()) await remove.click()
  await create.click()
  // The open drawer is the modal that holds a file input (the cluster's own form has none; other
  // upload fields may have drawer elements of their own, unopened).
  const fileInput = page.locator('input.file-field__hidden-input')
  // The drawer's form comes from the server: on a busy machine it can take a while.
  await fileInput.waitFor({ state: 'attached', timeout: 90_000 })
  // Named by its id: once a file is chosen, the upload field replaces its input with a preview.
  const drawerId = await page
    .locator('.payload__modal-container')
    .filter({ has: fileInput })
    .locator('[id^="doc-drawer_media"]')
    .first()
    .getAttribute('id')
  const drawer = page.locator(`[id="${drawerId}"]`)
  await fileInput.setInputFiles(filePath)
  await drawer.locator('#field-alt').fill(alt)
  await onStep('drawer')
  await drawer.locator('#action-save').click()
  await drawer.waitFor({ state: 'hidden', timeout: 30_000 })
  // The field shows the new file's card in place of its "Create new" button.
  await field.locator('.upload__createNewToggler').waitFor({ state: 'detached' })
  await onStep('chosen')
}

/** Saves the open document as a draft and waits for the admin's confirmation (either language). */
export async function saveDraft(page: Page, onStep: StepHook = async () => undefined) {
  await page.locator('#action-save-draft').click()
  await page.locator('.payload-toast-container .toast-success').first().waitFor({ timeout: 30_000 })
  await onStep('saved')
}
