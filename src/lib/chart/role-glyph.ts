import type { Role } from '$lib/types';

/**
 * A role's mark in the appearance matrix, as one `<path>`: shape and colour both tell the role
 * (square chair, triangle speaker, disc participant, hollow diamond credit, hollow ring when only
 * referenced). One element per mark, not a component with a branch per shape: the matrix holds
 * thousands and a brush redraws them all.
 */
export function roleGlyph(
	role: Role,
	cx: number,
	cy: number,
	r: number
): { d: string; hollow: boolean; strokeWidth?: number } {
	const circle = (radius: number) =>
		`M${cx - radius} ${cy}a${radius} ${radius} 0 1 0 ${2 * radius} 0a${radius} ${radius} 0 1 0 ${-2 * radius} 0Z`;
	switch (role) {
		case 'chair':
			return { d: `M${cx - r} ${cy - r}h${2 * r}v${2 * r}h${-2 * r}Z`, hollow: false };
		case 'speaker':
			return {
				d: `M${cx} ${cy - r * 1.1}L${cx + r * 1.1} ${cy + r * 0.9}L${cx - r * 1.1} ${cy + r * 0.9}Z`,
				hollow: false
			};
		case 'participant':
			return { d: circle(r), hollow: false };
		case 'credit':
			return {
				d: `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`,
				hollow: true,
				strokeWidth: 2
			};
		default:
			return { d: circle(r * 0.75), hollow: true, strokeWidth: 1.5 };
	}
}
