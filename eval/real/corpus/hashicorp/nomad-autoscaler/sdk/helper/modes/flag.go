


package modes

import (
	"flag"
	"fmt"

	"github.com/hashicorp/go-multierror"
)



























