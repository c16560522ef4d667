import type { NavigateFunction } from 'react-router-dom';
import { handOverFile, type LaunchParams } from '../lib/launch';
import { paths } from '../lib/paths';

/**
 * Routes one launch of the installed app: a backup file goes to Settings → Import (with its
 * preview), a shortcut or a share to its address. A launch that opened a new window is at its
 * address already.
 */
export function routeLaunch(params: LaunchParams, navigate: NavigateFunction): void {
  const [file] = params.files;
  if (file) {
    handOverFile(file.getFile());
    if (window.location.pathname !== paths.settings()) void navigate(paths.settings());
    return;
  }
  if (!params.targetURL) return;
  const target = new URL(params.targetURL);
  const here = window.location.pathname + window.location.search;
  if (target.origin === window.location.origin && target.pathname + target.search !== here) void navigate(target.pathname + target.search);
}
