# The stance map of docs/positions.md: the seed articles built into a graph and drawn with
# `kg render --stances`, by the build itself, so the picture always shows what this kg extracts.
# KG_SEEDS names the folder of seed articles (by default the shared folder beside the checkout,
# where bench/ finds its data too); without it the picture is not made.
set(KG_SEEDS ${PROJECT_SOURCE_DIR}/../shared/seeds CACHE PATH "Folder of the seed articles for the docs' stance map")
file(GLOB kg_seed_files ${KG_SEEDS}/*.txt)
if(kg_seed_files)
    set(kg_seeds_graph ${PROJECT_BINARY_DIR}/docs/seeds.kg)
    set(kg_seeds_map ${PROJECT_BINARY_DIR}/docs/seeds-stances.svg)
    add_custom_command(
        OUTPUT ${kg_seeds_map}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/docs
        COMMAND kg build ${kg_seed_files} -o ${kg_seeds_graph}
        COMMAND kg render ${kg_seeds_graph} --stances --max-nodes 60 --layout dot
                --title "Stances in the seed articles" -o ${kg_seeds_map}
        DEPENDS kg ${kg_seed_files}
        COMMENT "Drawing the seed articles' stance map for docs/positions.md"
        VERBATIM)
    add_custom_target(stance_map_picture ALL DEPENDS ${kg_seeds_map})
endif()
