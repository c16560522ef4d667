import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import type { LaunchParams } from '../lib/launch';

/**
 * Takes the launches of the installed app from the launch queue, in every window (a tab that was
 * installed becomes the app's window without knowing it). The queue holds launches until this
 * takes them; what to do with one loads only when one comes (routeLaunch, below).
 */
export function useLaunchQueue() {
  const navigate = useNavigate();
  useEffect(() => {
    const queue = (window as { launchQueue?: { setConsumer?: (consumer: (params: LaunchParams) => void) => void } }).launchQueue;
    queue?.setConsumer?.((params) => void import('./route-launch').then(({ routeLaunch }) => routeLaunch(params, navigate)));
  }, [navigate]);
}

