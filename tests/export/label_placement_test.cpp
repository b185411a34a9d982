#include "export/label_placement.h"

#include <cmath>
#include <gtest/gtest.h>

namespace kg::exporter {
namespace {

Box boxAt(Point centre, double width, double height) {
    return {centre.x - width / 2, centre.y - height / 2, centre.x + width / 2,
            centre.y + height / 2};
}

bool overlaps(const Box& a, const Box& b) {
    return a.left < b.right && b.left < a.right && a.bottom < b.top && b.bottom < a.top;
}

TEST(LabelPlacement, ALabelWithRoomSitsOnTheMiddleOfItsEdge) {
    auto placed = placeLabels({}, {{{{0, 0}, {100, 0}}, 40, 12}});
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_TRUE(placed[0].clear);
    EXPECT_DOUBLE_EQ(placed[0].centre.x, 50);
    EXPECT_DOUBLE_EQ(placed[0].centre.y, 0);
}

// Sixteen edges out of one hub, as at the US in the seeds: every label finds a spot that covers
// neither a node nor another label.
TEST(LabelPlacement, LabelsAroundAHubCoverNoNodeAndNoOtherLabel) {
    const Point hub{0, 0};
    std::vector<Box> nodes{boxAt(hub, 80, 30)};
    std::vector<LabelRequest> labels;
    for (int k = 0; k < 16; ++k) {
        const double angle = 2 * 3.141592653589793 * k / 16;
        const Point leaf{std::cos(angle) * 160, std::sin(angle) * 160};
        nodes.push_back(boxAt(leaf, 80, 30));
        labels.push_back({{hub, leaf}, 70, 22});
    }
    std::vector<PlacedLabel> placed = placeLabels(nodes, labels);
    ASSERT_EQ(placed.size(), labels.size());
    for (std::size_t i = 0; i < placed.size(); ++i) {
        EXPECT_TRUE(placed[i].clear) << i;
        const Box box = boxAt(placed[i].centre, labels[i].width, labels[i].height);
        for (const Box& node : nodes)
            EXPECT_FALSE(overlaps(box, node)) << "label " << i;
        for (std::size_t k = 0; k < i; ++k)
            EXPECT_FALSE(overlaps(box, boxAt(placed[k].centre, labels[k].width, labels[k].height)))
                << "labels " << k << " and " << i;
    }
}

TEST(LabelPlacement, ALabelWithNoRoomNearItsEdgeIsMarked) {
    // The edge runs through a node far bigger than the distance a label may move.
    auto placed = placeLabels({{-400, -400, 500, 400}}, {{{{0, 0}, {100, 0}}, 40, 12}});
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_FALSE(placed[0].clear);
}

} // namespace
} // namespace kg::exporter
