package org.kcscim.it.cluster;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kcscim.it.clients.EntraIdCycle;
import org.kcscim.it.support.ClusterNode;
import org.kcscim.it.support.KeycloakCluster;
import org.kcscim.it.support.KeycloakClusterExtension;
import org.kcscim.it.support.ScimClient;
import org.kcscim.it.support.ScimConfigurations;

/**
 * The Entra ID provisioning cycle with its requests alternating between the two nodes, as a load balancer spreads
 * them; what each step did is checked through node B's admin API.
 */
@ExtendWith(KeycloakClusterExtension.class)
class EntraIdAcrossNodesIT extends EntraIdCycle {

    @BeforeAll
    static void setUp(KeycloakCluster cluster) {
        admin = cluster.nodeB().admin();
        String realm = cluster.nodeA().admin().createRealm("entra");
        String key = new ScimConfigurations(cluster.nodeA().admin()).create(realm, "Entra ID").apiKey();
        entra = ScimClient.alternating(cluster.nodes().stream().map(ClusterNode::admin).toList(), realm, key);
    }
}
