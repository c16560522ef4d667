import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { handOverFile, launchQueue } from '../lib/launch';
import { paths } from '../lib/paths';

/**
 * Routes each launch of the installed app: a backup file goes to Settings → Import (with its
 * preview), a shortcut or a share to its address. A launch that opened a new window is at its
 * address already. The launch queue holds launches until this takes them.
 */
export function useLaunchQueue() {
  const navigate = useNavigate();
  useEffect(() => {
    launchQueue(window)?.setConsumer((params) => {
      const [file] = params.files;
      if (file) {
        handOverFile(file.getFile());
        if (window.location.pathname !== paths.settings()) navigate(paths.settings());
        return;
      }
      if (!params.targetURL) return;
      const target = new URL(params.targetURL);
      const here = window.location.pathname + window.location.search;
      if (target.origin === window.location.origin && target.pathname + target.search !== here) navigate(target.pathname + target.search);
    });
  }, [navigate]);
}
