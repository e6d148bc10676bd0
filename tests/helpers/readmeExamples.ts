import fs from 'node:fs'

/**
 * The shell examples of the README that talk to a running Grappes (`http://localhost:3000`), one
 * per fenced `bash`/`sh` block, as a reader copies them: a block runs as one script, so a variable
 * set by one line (a token) serves the next ones.
 */
export type ReadmeExample = {
  /** The line of the README where the block starts, to name it in a failure. */
  line: number
  script: string
  /** The outputs the README shows after a command (`# …` lines), remarks in parentheses left out. */
  shownOutputs: string[]
}

const SERVER = 'http://localhost:3000'

export function readmeExamples(readmePath = 'README.md'): ReadmeExample[] {
  const lines = fs.readFileSync(readmePath, 'utf8').split('\n')
  const examples: ReadmeExample[] = []
  let block: { line: number; indent: number; body: string[] } | undefined
  lines.forEach((text, index) => {
    const fence = /^(\s*)```(\w*)\s*$/.exec(text)
    if (block && fence) {
      const script = block.body.join('\n')
      if (script.includes(SERVER) && /^curl |\$\(curl /m.test(script))
        examples.push({
          line: block.line,
          script,
          shownOutputs: block.body
            .filter((line) => line.startsWith('# '))
            .map((line) =>
              line
                .slice(2)
                .replace(/\s{2,}\(.*\)$/, '')
                .trim(),
            ),
        })
      block = undefined
    } else if (!block && fence && ['bash', 'sh'].includes(fence[2]))
      block = { line: index + 1, indent: fence[1].length, body: [] }
    else if (block) block.body.push(text.slice(block.indent))
  })
  return examples
}

/**
 * The example's script with the README's address replaced by the server's, run by bash with every
 * curl reporting its HTTP status on stderr (`HTTP 200`), unless the example asks for its own
 * `--write-out`, and without the progress meter that curl shows when its output is not a terminal.
 */
export function runnableScript(example: ReadmeExample, base: string): string {
  return [
    'set -euo pipefail',
    `curl() { case " $* " in *" -w "*|*" --write-out "*) command curl --no-progress-meter "$@" ;; *) command curl --no-progress-meter --write-out '%{stderr}HTTP %{http_code}\\n' "$@" ;; esac; }`,
    example.script.replaceAll(SERVER, base),
  ].join('\n')
}
