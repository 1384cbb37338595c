




package agent

import (
	"context"
)













