/** The typed context through which a chart shares its state with its marks. */
import { createContext } from 'svelte';
import type { ChartState } from './chart-state.svelte';

export const [getChart, setChart] = createContext<ChartState>();
