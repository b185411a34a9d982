#pragma once
// A part of a laid-out or parsed graph copied into a graph of its own, to be laid out alone.
#include "export/graphviz.h"

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kg::exporter {

/// A graph holding `nodes` (attribute for attribute, under their names) and those of their out
/// edges that `keepEdge` accepts, both ends among `nodes`. Graph attributes are copied except
/// those named in `rootOnly`; node and edge attributes keep their declared defaults.
DotGraph copyPart(Agraph_t* root, const std::vector<Agnode_t*>& nodes,
                  const std::function<bool(Agedge_t*)>& keepEdge,
                  const std::set<std::string, std::less<>>& rootOnly);

/// Makes `n` a box of exactly this size in inches, whatever its label: a node that only stands
/// for the room something takes.
void makeFixedBox(Agnode_t* n, double widthInches, double heightInches);

} // namespace kg::exporter
