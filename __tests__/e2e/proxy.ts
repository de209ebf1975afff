// A forward proxy on localhost, as a runner behind a corporate proxy has one:
// it answers plain requests in absolute form and tunnels CONNECT, and it
// records each. Whatever host a request names, the proxy connects to one
// local port (the emulator), so a host that does not resolve is reachable only
// through the proxy.
import { request as httpRequest, createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ProxiedRequest {
  /** CONNECT for a tunnel, else the method of a forwarded request. */
  method: string
  /** host:port for a tunnel, the absolute URL for a forwarded request. */
  target: string
  /** The Proxy-Authorization header, if sent. */
  authorization: string | null
}

export class LocalProxy {
  readonly seen: ProxiedRequest[] = []
  private readonly sockets = new Set<Socket>()

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {}

  static async start(forwardPort: number): Promise<LocalProxy> {
    const server = createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', () => resolve()))
    const { port } = server.address() as AddressInfo
    const proxy = new LocalProxy(server, `http://127.0.0.1:${port}`)
    server.on('connection', socket => proxy.track(socket))
    server.on('request', (req, res) => {
      proxy.record(req.method ?? 'GET', req.url ?? '', req.headers['proxy-authorization'])
      const target = new URL(req.url ?? '/')
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port: forwardPort,
          method: req.method,
          path: target.pathname + target.search,
          headers: req.headers
        },
        answer => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      upstream.on('error', () => res.destroy())
      req.pipe(upstream)
    })
    server.on('connect', (req, client: Socket, head: Buffer) => {
      proxy.record('CONNECT', req.url ?? '', req.headers['proxy-authorization'])
      const upstream = connect(forwardPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      proxy.track(upstream)
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    return proxy
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  private track(socket: Socket): void {
    this.sockets.add(socket)
    socket.on('close', () => this.sockets.delete(socket))
  }

  private record(method: string, target: string, authorization: string | undefined): void {
    this.seen.push({ method, target, authorization: authorization ?? null })
  }
}
