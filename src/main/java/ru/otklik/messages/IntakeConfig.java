package ru.otklik.messages;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How submissions from the portal and the API are grouped into transactions. */
@ConfigMapping(prefix = "otklik.intake")
public interface IntakeConfig {

    /**
     * Threads that register groups; 0 registers each submission in its own transaction. Two let
     * one group be written while the next one gathers.
     */
    @WithName("group.runners")
    @WithDefault("2")
    int groupRunners();

    /** Most submissions one transaction registers. */
    @WithName("group.max-size")
    @WithDefault("32")
    int groupMaxSize();
}
