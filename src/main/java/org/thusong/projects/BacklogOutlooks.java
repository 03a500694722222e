package org.thusong.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.backlogs.BacklogFigure;
import org.thusong.backlogs.Backlogs;
import org.thusong.backlogs.BasicService;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;

/** The outlook of an area and service in the reader's scope: its latest backlog against its projects. */
@Service
@Transactional(readOnly = true)
public class BacklogOutlooks {

	private final Backlogs backlogs;

	private final Projects projects;

	private final Clock clock;

	BacklogOutlooks(Backlogs backlogs, Projects projects, Optional<Clock> clock) {
		this.backlogs = backlogs;
		this.projects = projects;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public Outlook outlook(Scope scope, String areaCode, BasicService service) {
		AreaSummary area = backlogs.area(scope, null, areaCode);
		BacklogFigure backlog = backlogs.latest(area, service).orElse(null);
		return Outlook.compute(backlog, projects.inArea(area.codePath(), service), LocalDate.now(clock));
	}

	public AreaSummary area(Scope scope, String areaCode) {
		return backlogs.area(scope, null, areaCode);
	}
}
