import type { ClusterPorts } from './options'

/**
 * HAProxy's configuration for the local cluster: round robin over the instances, each checked on
 * `/readyz` every second (out after 2 failures, back after 2 successes). A request that cannot
 * connect to an instance (killed, restarting) is sent to another one (`retries` + `redispatch`),
 * so only requests already in flight on a dying instance fail. The same settings as
 * deploy/haproxy.cfg, which production (deploy/compose.yaml) uses, but for logging: no request log
 * here, where it would drown the instances' output.
 */
export function haproxyConfig(ports: ClusterPorts): string {
  const servers = ports.apps.map((port, i) => `  server app${i + 1} 127.0.0.1:${port} check`)
  return [
    '# Written by `npm run cluster` (deploy/cluster/haproxyConfig.ts) at each start: edit that file.',
    'global',
    '  maxconn 4096',
    '',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-request 10s',
    '  retries 3',
    '  option redispatch 1',
    '',
    'frontend grappes',
    `  bind 127.0.0.1:${ports.balancer}`,
    // The app trusts X-Forwarded-For (TRUST_PROXY=true) for rate limits: it must come from here
    // only, so a client's own header is replaced, never appended to.
    '  http-request set-header X-Forwarded-For %[src]',
    '  http-request set-header X-Forwarded-Proto http',
    '  default_backend app',
    '',
    'backend app',
    '  balance roundrobin',
    '  option httpchk GET /readyz',
    '  http-check expect status 200',
    // A request sent on a kept-alive connection to an instance that has just died gets no answer
    // and cannot be retried; on a new connection, the refusal sends it to another instance.
    '  http-reuse never',
    '  default-server inter 1s fall 2 rise 2',
    '  http-response set-header X-Served-By %[srv_name]',
    ...servers,
    '',
    'listen stats',
    `  bind 127.0.0.1:${ports.stats}`,
    '  stats enable',
    '  stats uri /',
    '  stats refresh 2s',
    '',
  ].join('\n')
}
