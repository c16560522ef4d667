import { NotFound } from '../components/route-error';

export const Component = NotFound;
