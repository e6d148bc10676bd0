import { initI18n } from '@payloadcms/translations'
import { getPayload, type SanitizedConfig } from 'payload'

import { readerLanguage } from '@/i18n/readerLanguage'

import { errorsOfAnswer, type GraphQLErrorBody } from './graphqlAnswerErrors'
import { parsedQuery, valuePaths, variablePath, type ValuePaths } from './graphqlInputPaths'

type Handler = (request: Request) => Promise<Response>
/** Payload's `t`, for keys of Payload's namespaces and ours (`grappes:`). */
type Translate = (key: string, vars?: Record<string, unknown>) => string
type GraphQLError = NonNullable<GraphQLErrorBody['errors']>[number]
/** A field GraphQL refused, and the explanation in the reader's language. */
type FieldProblem = { path: string; message: (t: Translate) => string }

/** graphql-js's built-in scalars, and what a field of that type expects. */
const SCALAR_EXPECTS: Record<string, string> = {
  Int: 'grappes:expectedNumber',
  Float: 'grappes:expectedNumber',
  String: 'grappes:expectedText',
  Boolean: 'grappes:expectedBoolean',
  ID: 'grappes:expectedRelation',
}

const ENUM_VALUE =
  /(?:Value "(.*)" does not exist in "\w+" enum|cannot represent non-(?:enum|string) value: (.*?))\./
const REQUIRED = /Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided\./
const SCALAR = /\b(Int|Float|String|Boolean|ID) cannot represent /
/** graphql-js repeats a refused value once more for its argument: the field error says it all. */
const ARGUMENT_REPEAT = /^Argument "\w+" has invalid value /
const IN_VARIABLE = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?; /

/** Where graphql-js says the wrong value is: in a variable (by path) or in the document (by location). */
function pathOf(error: GraphQLError, message: string, paths: ValuePaths): string[] | undefined {
  const variable = IN_VARIABLE.exec(message)
  if (variable) {
    const used = paths.variables.get(variable[1])
    return used && [...used, ...(variable[2] ? variablePath(variable[2]) : [])]
  }
  const location = error.locations?.[0]
  return location && paths.at.get(`${location.line}:${location.column}`)
}

/** An error of GraphQL's own input coercion, read as the field it is about. */
function fieldProblem(error: GraphQLError, paths: ValuePaths): FieldProblem | undefined {
  if (typeof error.message !== 'string' || error.extensions?.statusCode) return undefined
  const path = pathOf(error, error.message, paths)
  if (!path) return undefined
  const option = ENUM_VALUE.exec(error.message)
  if (option) {
    // A string literal given to an enum is printed with its quotes.
    const value = JSON.stringify((option[1] ?? option[2]).replace(/^"(.*)"$/, '$1'))
    return { path: path.join('.'), message: (t) => t('grappes:invalidOption', { value }) }
  }
  const required = REQUIRED.exec(error.message)
  if (required)
    return { path: [...path, required[1]].join('.'), message: (t) => t('validation:required') }
  const scalar = SCALAR.exec(error.message)
  if (scalar) return { path: path.join('.'), message: (t) => t(SCALAR_EXPECTS[scalar[1]]) }
  return undefined
}

function uniqueByPath(problems: FieldProblem[]): FieldProblem[] {
  return problems.filter((one, i) => problems.findIndex((other) => other.path === one.path) === i)
}

/** The answer Payload gives a `ValidationError`, for problems GraphQL found before Payload ran. */
function validationAnswer(
  problems: FieldProblem[],
  others: GraphQLError[],
  t: Translate,
  headers: Headers,
): Response {
  const errors = problems.map(({ path, message }) => ({ path, message: message(t) }))
  const message = `${t('error:followingFieldsInvalid', { count: errors.length })} ${errors.map((e) => e.path).join(', ')}`
  const body = {
    errors: [
      { message, extensions: { name: 'ValidationError', statusCode: 400, data: { errors } } },
      ...others,
    ],
  }
  const answerHeaders = new Headers(headers)
  answerHeaders.delete('content-length')
  return new Response(JSON.stringify(body), { status: 400, headers: answerHeaders })
}

async function readerT(config: Promise<SanitizedConfig>, request: Request): Promise<Translate> {
  const payload = await getPayload({ config })
  const language = readerLanguage(
    payload.config,
    request.headers,
    new URL(request.url).searchParams,
  )
  const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language })
  return i18n.t as unknown as Translate
}

/**
 * GraphQL checks a mutation's input against the schema before Payload sees it: a value outside a
 * select (an enum), a required field left out or a value of the wrong scalar type is refused with
 * graphql-js's own wording, which names a type rather than the field and is English only. Those refusals are answered as Payload
 * answers its own `ValidationError`: 400, `extensions.data.errors[{ path, message }]`, in the
 * reader's language (the admin's language cookie, `Accept-Language` or `?locale=fr`).
 */
export function withInputFieldErrors(config: Promise<SanitizedConfig>, handler: Handler): Handler {
  return async (request) => {
    // Read only when the answer holds errors: most answers do not.
    const copy = request.method === 'GET' ? undefined : request.clone()
    const response = await handler(request)
    const body = await errorsOfAnswer(response)
    if (!body?.errors?.length) return response
    const sent = (await copy?.json().catch(() => undefined)) as { query?: unknown } | undefined
    const document = parsedQuery(
      copy ? sent?.query : new URL(request.url).searchParams.get('query'),
    )
    if (!document) return response
    const paths = valuePaths(document)
    const found: FieldProblem[] = []
    const others: GraphQLError[] = []
    for (const error of body.errors) {
      const problem = fieldProblem(error, paths)
      if (problem) found.push(problem)
      else if (typeof error.message !== 'string' || !ARGUMENT_REPEAT.test(error.message))
        others.push(error)
    }
    if (!found.length) return response
    const t = await readerT(config, request)
    return validationAnswer(uniqueByPath(found), others, t, response.headers)
  }
}
