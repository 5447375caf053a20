package uk.safeguarding.training.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlTreeTest {

    private static final String BANK = """
            questions:
              - id: a
                options:
                  - text: One
                    correct: true
                  - text: Two
              - id: b
                options: [{text: Three}, {text: Four, correct: true}]
            """;

    private final Problems problems = new Problems();

    @Test
    void knowsTheLineOfEveryFieldAndListItemByJsonPointer() {
        YamlTree tree = YamlTree.parse("questions.yaml", BANK, 1, 0, problems).orElseThrow();

        assertThat(tree.line("/questions")).isEqualTo(1);
        assertThat(tree.line("/questions/0")).isEqualTo(2);
        assertThat(tree.line("/questions/0/options/0/correct")).isEqualTo(5);
        assertThat(tree.line("/questions/0/options/1")).isEqualTo(6);
        assertThat(tree.line("/questions/1/id")).isEqualTo(7);
        assertThat(tree.line("/questions/1/options/1/correct")).isEqualTo(8);
        assertThat(tree.root().get("questions").get(0).get("options").get(0).get("correct").booleanValue()).isTrue();
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aMissingFieldGetsTheLineOfItsParent() {
        YamlTree tree = YamlTree.parse("questions.yaml", BANK, 1, 0, problems).orElseThrow();

        assertThat(tree.line("/questions/0/options/1/feedback")).isEqualTo(6);
        assertThat(tree.line("/nothing")).isZero();
    }

    @Test
    void linesCountFromWhereTheTextStartsInTheFile() {
        YamlTree tree = YamlTree.parse("modules/01.md", "title: T\nsources: [a]\n", 2, 1, problems).orElseThrow();

        assertThat(tree.line("/sources")).isEqualTo(3);
        assertThat(tree.line("/objectives")).isEqualTo(1);
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLine() {
        assertThat(YamlTree.parse("course.yaml", "id: x\ntitle: [unclosed\nfoo: bar\n", 1, 0, problems)).isEmpty();

        assertThat(problems.sorted()).singleElement().hasToString(
                "course.yaml:3: YAML syntax error: expected ',' or ']', but got :");
    }

    @Test
    void aRepeatedKeyIsReported() {
        YamlTree.parse("course.yaml", "id: x\npassMark: 80\npassMark: 90\n", 1, 0, problems).orElseThrow();

        assertThat(problems.sorted()).singleElement()
                .hasToString("course.yaml:3: field 'passMark' appears twice (first on line 2)");
    }
}
