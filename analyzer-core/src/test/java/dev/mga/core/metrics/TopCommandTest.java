package dev.mga.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopCommandTest {

    @Test
    void commandLinesAfterAnyPromptOrNone() {
        // the pasted lines of real-world/metrics cases (k8s-17512, kubecapacity-16, kubernetic-193, k8s-123123, k8s-112927)
        assertThat(TopCommand.of("kubectl top nodes").text()).isEqualTo("kubectl top nodes");
        assertThat(TopCommand.of("~$ kubectl top nodes").text()).isEqualTo("kubectl top nodes");
        assertThat(TopCommand.of("(⎈)➜  ~ kubectl top pod").text()).isEqualTo("kubectl top pod");
        assertThat(TopCommand.of("#kubectl top nodes").text()).isEqualTo("kubectl top nodes");
        TopCommand built = TopCommand.of(" _output/dockerized/bin/linux/amd64/kubectl top pod --kubeconfig ~/.kube/config.1"
                + "  -n kube-system  --containers coredns-58bfd8f658-k72qt ");
        assertThat(built.text()).startsWith("_output/dockerized/bin/linux/amd64/kubectl top pod");
        assertThat(built.containers()).isTrue();
        assertThat(built.namespace()).isEqualTo("kube-system");
        assertThat(TopCommand.of("$ oc adm top node --show-capacity").showCapacity()).isTrue();
        assertThat(TopCommand.of("$ k top pod -A").allNamespaces()).isTrue(); // an alias, after a prompt
    }

    @Test
    void rowsAndOtherCommandsAreNotTopCommands() {
        assertThat(TopCommand.of("kubectl-node-1   1064m   53%   6783Mi   88%")).isNull();
        assertThat(TopCommand.of("desktop-7d9f   3m   72Mi")).isNull();
        assertThat(TopCommand.of("kubectl get nodes")).isNull();
        assertThat(TopCommand.of("# ps -eo user,pid,rss,pmem,pcpu,cmd --sort -rss")).isNull();
        assertThat(TopCommand.otherPrompt("# ps -eo user,pid,rss,pmem,pcpu,cmd --sort -rss")).isTrue();
        assertThat(TopCommand.otherPrompt("# kubectl top pod")).isFalse();
        assertThat(TopCommand.otherPrompt("root         6 712188  2.1 0.8 java -jar")).isFalse();
    }

    @Test
    void markdownEmphasisIsTakenOffCells() {
        List<String> cells = new ArrayList<>(List.of("k8s-107", "1072m", "2%", "127894Mi", "**100%**"));
        assertThat(TopTokens.unbold(cells)).isEqualTo("**100%**");
        assertThat(cells).containsExactly("k8s-107", "1072m", "2%", "127894Mi", "100%");
        assertThat(TopTokens.unbold(cells)).isEmpty();
        List<String> star = new ArrayList<>(List.of("*"));
        assertThat(TopTokens.unbold(star)).isEmpty(); // a lone mark is not emphasis
    }
}
