import { GlossaryScreen } from '../features/glossary/glossary-screen';

/** `/glossary?q=…&topic=…&view=az` */
export function Component() {
  return <GlossaryScreen />;
}
