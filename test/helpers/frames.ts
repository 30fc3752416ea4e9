/**
 * Pages in an iframe, so that a test can load a whole page (a built bundle, a partner page, a navigation)
 * while the test page itself stays where it is.
 */

/** Resolves at the frame's next `load` event. Take it before starting the navigation that fires it. */
export function nextLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

export interface FrameOptions {
  width?: number;
  height?: number;
  /**
   * Fixed at the top left of the runner's page, over everything: browsers throttle rendering of off-screen
   * frames, which would hide layout shifts and stall animation frames.
   */
  inView?: boolean;
}

/** Appends an iframe showing `url`, `width` × `height` px, and resolves with it once it has loaded. */
export async function loadFrame(url: string, { width = 1024, height = 768, inView = false }: FrameOptions = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  if (inView) {
    Object.assign(frame.style, { border: '0', position: 'fixed', top: '0', left: '0', zIndex: '1000', background: '#fff' });
  }
  frame.title = url;
  const loaded = nextLoad(frame);
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}
