




package nomad

import (
	"fmt"

	"github.com/hashicorp/nomad/api"
)




