/**
 * The names the browser's accessibility tree gives (what a screen reader reads), where the test browser can
 * report its tree (Chromium over CDP); `null` where it cannot (Firefox here).
 */
import { a11ySnapshot } from '@web/test-runner-commands';

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

/** The accessible names of every node with `role` on the page, or null where the browser cannot say. */
export async function accessibleNames(role: string): Promise<string[] | null> {
  let tree: A11yNode;
  try {
    tree = (await a11ySnapshot({})) as unknown as A11yNode;
  } catch {
    return null;
  }
  if (!tree) return null;
  const out: string[] = [];
  const walk = (node: A11yNode) => {
    if (node.role === role && node.name !== undefined) out.push(node.name);
    node.children?.forEach(walk);
  };
  walk(tree);
  return out;
}
