import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/** Debian's Chromium (scripts/ensure-chromium.sh installs it before `npm test`), never a downloaded browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

const artifacts = path.join(process.cwd(), 'test-results', 'screenshots')

/** Screenshots are test artifacts (test-results/ is not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifacts, { recursive: true })
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: false })
}

/** First contentful paint of the current page, in milliseconds, as Chromium measured it. */
export async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(() => {
    const entry = performance.getEntriesByName('first-contentful-paint')[0]
    return entry ? Math.round(entry.startTime) : -1
  })
}

/** Signs in to the admin at `base` as a person would, and returns the dashboard's page. */
export async function signIn(
  context: BrowserContext,
  base: string,
  who: { email: string; password: string },
): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${base}/admin/login`)
  // Typed before React hydrates the form, the values would be lost and the submit go nowhere.
  await page.waitForLoadState('networkidle')
  await page.fill('#field-email', who.email)
  await page.fill('#field-password', who.password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
  return page
}

/** An image of a page as a reader gets it: its alt text, whether Chromium drew it, and its URL. */
export type ImageSeen = { alt: string; loaded: boolean; src: string }

/**
 * Every image `selector` finds on the page at `url`. The site's images load lazily: each is brought
 * into view and decoded, as a reader scrolling would. The page must answer 200.
 */
export async function imagesOnPage(
  browser: Browser,
  url: string,
  selector: string,
): Promise<ImageSeen[]> {
  const page = await browser.newPage()
  try {
    const response = await page.goto(url)
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`)
    return await page.locator(selector).evaluateAll((elements) =>
      Promise.all(
        elements.map(async (element) => {
          const image = element as HTMLImageElement
          image.scrollIntoView()
          const loaded = await image.decode().then(
            () => image.naturalWidth > 0,
            () => false,
          )
          return { alt: image.alt, loaded, src: image.currentSrc }
        }),
      ),
    )
  } finally {
    await page.close()
  }
}
