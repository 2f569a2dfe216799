/** The days that have a page, shared with the axes so that they link only to pages that exist. */
import { createContext } from 'svelte';

export const [getDayLinks, setDayLinks, hasDayLinks] = createContext<() => ReadonlySet<string>>();
