#include "export/label_placement.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace kg::exporter {
namespace {

// Where along its edge a label is tried first: the middle, then outwards.
constexpr double kAlongEdge[] = {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8};
// Past the spots beside the edge, rings around three points of it, each this many points further
// out, up to a distance at which a label is no longer read as its edge's.
constexpr double kRingStep = 8;
constexpr int kRings = 14;
constexpr int kSpotsPerRing = 16;
constexpr double kRingCentres[] = {0.5, 0.3, 0.7};

double length(const std::vector<Point>& path) {
    double total = 0;
    for (std::size_t i = 1; i < path.size(); ++i)
        total += std::hypot(path[i].x - path[i - 1].x, path[i].y - path[i - 1].y);
    return total;
}

// The point `fraction` of the way along the path.
Point along(const std::vector<Point>& path, double fraction) {
    if (path.empty())
        return {};
    double remaining = fraction * length(path);
    for (std::size_t i = 1; i < path.size(); ++i) {
        double step = std::hypot(path[i].x - path[i - 1].x, path[i].y - path[i - 1].y);
        if (step > 0 && remaining <= step) {
            double t = remaining / step;
            return {path[i - 1].x + t * (path[i].x - path[i - 1].x),
                    path[i - 1].y + t * (path[i].y - path[i - 1].y)};
        }
        remaining -= step;
    }
    return path.back();
}

Box boxAround(Point centre, double width, double height) {
    return {centre.x - width / 2, centre.y - height / 2, centre.x + width / 2,
            centre.y + height / 2};
}

double overlapArea(const Box& a, const Box& b) {
    double w = std::min(a.right, b.right) - std::max(a.left, b.left);
    double h = std::min(a.top, b.top) - std::max(a.bottom, b.bottom);
    return w > 0 && h > 0 ? w * h : 0;
}

// Spots for the label's centre, nearest to its edge first.
std::vector<Point> candidates(const LabelRequest& label) {
    const double halfW = label.width / 2 + kLabelGap;
    const double halfH = label.height / 2 + kLabelGap;
    std::vector<Point> out;
    for (double fraction : kAlongEdge) {
        Point a = along(label.path, fraction);
        for (auto [dx, dy] : {std::pair{0.0, 0.0},
                              {0.0, halfH},
                              {0.0, -halfH},
                              {halfW, 0.0},
                              {-halfW, 0.0},
                              {halfW, halfH},
                              {-halfW, halfH},
                              {halfW, -halfH},
                              {-halfW, -halfH}})
            out.push_back({a.x + dx, a.y + dy});
    }
    for (int ring = 1; ring <= kRings; ++ring)
        for (double fraction : kRingCentres) {
            const Point centre = along(label.path, fraction);
            for (int k = 0; k < kSpotsPerRing; ++k) {
                double angle = 2 * std::numbers::pi * k / kSpotsPerRing;
                out.push_back({centre.x + std::cos(angle) * (halfW + ring * kRingStep),
                               centre.y + std::sin(angle) * (halfH + ring * kRingStep)});
            }
        }
    return out;
}

} // namespace

std::vector<PlacedLabel> placeLabels(const std::vector<Box>& obstacles,
                                     const std::vector<LabelRequest>& labels) {
    // Labels of short edges first: they have the fewest spots near their edge.
    std::vector<std::size_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return length(labels[a].path) < length(labels[b].path);
    });
    std::vector<Box> taken = obstacles;
    std::vector<PlacedLabel> placed(labels.size());
    for (std::size_t i : order) {
        const LabelRequest& label = labels[i];
        double leastCovered = -1;
        for (Point spot : candidates(label)) {
            Box box = boxAround(spot, label.width + 2 * kLabelGap, label.height + 2 * kLabelGap);
            double covered = 0;
            for (const Box& other : taken)
                covered += overlapArea(box, other);
            if (leastCovered < 0 || covered < leastCovered) {
                leastCovered = covered;
                placed[i] = {spot, covered == 0};
            }
            if (covered == 0)
                break;
        }
        taken.push_back(boxAround(placed[i].centre, label.width, label.height));
    }
    return placed;
}

} // namespace kg::exporter
