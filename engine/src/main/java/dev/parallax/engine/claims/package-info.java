/**
 * Many sources at once: the claims table. A claim is a group of passages, at most
 * {@link dev.parallax.engine.claims.JoinRules#maxPerArticle} per article, that state the same thing; for each
 * claim, the articles that carry it, the variant values where they differ, and the first report.
 *
 * <p><b>Decision: claims come from the pairwise comparisons the scan already makes, joined together</b>, not
 * from one N-way pass. The folder scan ({@link dev.parallax.engine.corpus.FolderScan}, with the
 * {@link dev.parallax.engine.corpus.Candidates#nearest} candidate stage) aligns each article with its nearest
 * few once; {@link dev.parallax.engine.claims.Claims#join} only reads those comparisons, so no pair is aligned
 * twice, the pair view and the claims agree link for link, and both steps stay pure functions over documents
 * and pairs (the pairs can be aligned anywhere, a distributed job included, and joined after). An N-way pass
 * would need its own aligner and its own quality work, and would disagree with what the reader shows for a
 * pair.
 *
 * <p><b>Guard against chains.</b> Linking is not transitive: A ~ B and B ~ C by loose links does not make
 * A ~ C. The join is agglomerative over the sentence links, strongest first, and two groups merge only when
 * (1) no article would then give more than {@code maxPerArticle} passages to the claim, and (2) the direct
 * links between the two groups are at least {@code support} of the pairs between them whose articles were
 * compared (one link is enough only between two single passages). A sentence that is linked to one member of a
 * claim but not to the others therefore stays out. Direct links are not enough either: the pairwise engine
 * links a headline to a lead, and two sentences that share only a name or a street, so (3) a claim grows beyond
 * two passages only when the mean {@code Wording} cosine between the groups (content
 * words weighted by their rarity among the collection's sentences) is at least {@code wording}, and (4) none of
 * its passages says only the story's own words (a headline or a line of names). A link kept out stays a claim of
 * two passages, so the claims keep every pairwise link. {@code ClaimsJoinTest} checks both on real text.
 *
 * <p>Passages are named by typed ids ({@link dev.parallax.engine.claims.PassageRef}: article index and
 * sentence index), not by the "L3"/"R19" strings of a two-article comparison, whose JSON is unchanged.
 * Headless: imports only the engine and the JDK.
 */
package dev.parallax.engine.claims;
