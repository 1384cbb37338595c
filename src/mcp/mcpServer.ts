import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { ReuseTools } from './reuseTools';
import { runTool } from './runTool';
import { TOOL_DEFINITIONS, TOOL_NAMES } from './toolSchemas';

/** The JSON Schema of a zod object, as MCP's `inputSchema` / `outputSchema` wants it (type "object", no $schema). */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'input'): Tool['inputSchema'] {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io }) as Record<string, unknown>;
  return { ...rest, type: 'object' } as Tool['inputSchema'];
}

/** The tool list as `tools/list` answers it. */
function toolList(): Tool[] {
  return TOOL_NAMES.map((name) => {
    const def = TOOL_DEFINITIONS[name];
    return {
      name,
      title: def.title,
      description: def.description,
      inputSchema: jsonSchemaOf(def.input, 'input'),
      outputSchema: jsonSchemaOf(def.output, 'output') as Tool['outputSchema'],
      annotations: { readOnlyHint: true, openWorldHint: false },
    };
  });
}

/** A server and a way to let its calls in flight finish before closing it. */
export interface ReuseMcpServer {
  server: Server;
  /** Resolves once no tool call has been running for a moment (calls already read but not yet dispatched count). */
  whenIdle(): Promise<void>;
}

/**
 * An MCP server offering the four Reuse Radar tools (connect it to a transport). Every call answers with
 * `structuredContent` plus a short text, or `isError` and one line; no call can stop the server.
 * @example await createMcpServer(tools, "0.1.0").server.connect(new StdioServerTransport())
 */
export function createMcpServer(tools: ReuseTools, version: string): ReuseMcpServer {
  let running = 0;
  let idle: (() => void)[] = [];
  const server = new Server(
    { name: 'reuse-radar', title: 'Reuse Radar', version },
    {
      capabilities: { tools: {} },
      instructions: 'Reuse Radar knows the organization\'s internal libraries. Before writing a utility or adding a public dependency, call search_libraries or suggest_for_dependencies and prefer the internal library they return; an empty answer means nothing internal fits.',
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: toolList() }));
  server.setRequestHandler(CallToolRequestSchema, async (request) => {
    running++;
    let outcome;
    try {
      outcome = await runTool(tools, request.params.name, request.params.arguments);
    } finally {
      if (--running === 0) {
        for (const resolve of idle) resolve();
        idle = [];
      }
    }
    return outcome.isError
      ? { isError: true, content: [{ type: 'text' as const, text: outcome.text }] }
      : { structuredContent: outcome.structuredContent, content: [{ type: 'text' as const, text: outcome.text }] };
  });
  return {
    server,
    whenIdle: async () => {
      do {
        if (running > 0) await new Promise<void>((resolve) => idle.push(resolve));
        await new Promise((resolve) => setTimeout(resolve, 25));
      } while (running > 0);
    },
  };
}
