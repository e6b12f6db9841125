package org.kcscim.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as SVG with both axes on a log scale: decades as grid lines, one line with markers per series, a
 * legend on the right. Plain SVG 1.1 with a white background, so it reads the same in GitHub's light and dark themes.
 */
final class SvgChart {

    /** One line: its points (x, y), drawn in {@code color}, dashed when {@code dashed}. */
    record Series(String name, String color, boolean dashed, List<double[]> points) {
    }

    private static final int WIDTH = 760;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = WIDTH - 250;
    private static final int TOP = 46;
    private static final int BOTTOM = HEIGHT - 56;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();

    SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    SvgChart add(Series line) {
        if (!line.points().isEmpty()) {
            series.add(line);
        }
        return this;
    }

    boolean isEmpty() {
        return series.isEmpty();
    }

    String render() {
        double[] xRange = decades(series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).toArray());
        double[] yRange = decades(series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).toArray());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                LEFT, escape(title)));
        grid(svg, xRange, yRange);
        for (int i = 0; i < series.size(); i++) {
            line(svg, series.get(i), xRange, yRange);
            legend(svg, series.get(i), i);
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                (LEFT + RIGHT) / 2, HEIGHT - 14, escape(xLabel)));
        svg.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" text-anchor=\"middle\""
                + " transform=\"rotate(-90 16 %d)\">%s</text>%n", (TOP + BOTTOM) / 2, (TOP + BOTTOM) / 2, escape(yLabel)));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /**
     * The enclosing powers of ten, with some room: a value on a decade (1,000 users) must not sit on the frame.
     */
    private static double[] decades(double[] values) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double value : values) {
            if (value > 0) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (max == 0) {
            return new double[] {1, 10};
        }
        double low = Math.pow(10, Math.floor(Math.log10(min) - 0.05));
        double high = Math.pow(10, Math.ceil(Math.log10(max) + 0.05));
        return new double[] {low, high};
    }

    private static double scale(double value, double[] range, int from, int to) {
        double t = (Math.log10(value) - Math.log10(range[0])) / (Math.log10(range[1]) - Math.log10(range[0]));
        return from + t * (to - from);
    }

    private static void grid(StringBuilder svg, double[] xRange, double[] yRange) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                + " stroke=\"#888\"/>%n", LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP));
        for (double decade = xRange[0]; decade <= xRange[1] * 1.0001; decade *= 10) {
            for (int m = 1; m < 10 && decade * m <= xRange[1] * 1.0001; m++) {
                double x = scale(decade * m, xRange, LEFT, RIGHT);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
                        x, TOP, x, BOTTOM, m == 1 ? "#ccc" : "#eee"));
            }
            double x = scale(decade, xRange, LEFT, RIGHT);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x, BOTTOM + 18, users(decade)));
        }
        for (double decade = yRange[0]; decade <= yRange[1] * 1.0001; decade *= 10) {
            for (int m = 1; m < 10 && decade * m <= yRange[1] * 1.0001; m++) {
                double y = scale(decade * m, yRange, BOTTOM, TOP);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>%n",
                        LEFT, y, RIGHT, y, m == 1 ? "#ccc" : "#eee"));
            }
            double y = scale(decade, yRange, BOTTOM, TOP);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 6, y + 4, millis(decade)));
        }
    }

    private static void line(StringBuilder svg, Series line, double[] xRange, double[] yRange) {
        StringBuilder points = new StringBuilder();
        for (double[] point : line.points()) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", scale(point[0], xRange, LEFT, RIGHT),
                    scale(point[1], yRange, BOTTOM, TOP)));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                points.toString().trim(), line.color(), line.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
        for (double[] point : line.points()) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>%n",
                    scale(point[0], xRange, LEFT, RIGHT), scale(point[1], yRange, BOTTOM, TOP), line.color()));
        }
    }

    private static void legend(StringBuilder svg, Series line, int index) {
        int y = TOP + 8 + index * 22;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\""
                        + " stroke-width=\"2\"%s/>%n", RIGHT + 16, y, RIGHT + 46, y, line.color(),
                line.dashed() ? " stroke-dasharray=\"6 4\"" : ""));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"3.5\" fill=\"%s\"/>%n",
                RIGHT + 31, y, line.color()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", RIGHT + 54, y + 4,
                escape(line.name())));
    }

    private static String users(double value) {
        if (value >= 1_000_000) {
            return trim(value / 1_000_000) + "M";
        }
        return value >= 1000 ? trim(value / 1000) + "k" : trim(value);
    }

    private static String millis(double value) {
        return value >= 1000 ? trim(value / 1000) + " s" : trim(value) + " ms";
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
