// The chart's geometry, apart from the chart so that its placeholder can take the same room
// without loading recharts.
export const LEGEND_HEIGHT = 36;
export const ROW_HEIGHT = 46;
export const AXIS_HEIGHT = 34;
